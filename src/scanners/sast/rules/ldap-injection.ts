import type { PythonFile } from '../engine/python/context.js';
import type { SyntaxNode } from '../engine/walk.js';
import { codeRule, type PythonRule } from './rule.js';
import type { SinkSpec } from './support/sinks.js';
import { taintedSinkCalls, taintMatch } from './support/taint-sinks.js';

const LDAP_ESCAPES = ['ldap.filter.escape_filter_chars', 'ldap.filter.filter_format', 'ldap3.utils.conv.escape_filter_chars'];

const usesLdap3 = (file: PythonFile) => [...file.aliases.values()].some((q) => q === 'ldap3' || q.startsWith('ldap3.'));
const usesLdap = (file: PythonFile) => [...file.aliases.values()].some((q) => q === 'ldap' || q.startsWith('ldap.'));
/** `search` is also `re.search`, `list.search`...: only a call in a file that imports an LDAP client, not a regex. */
const notRegex = (file: PythonFile, call: SyntaxNode) => !/^(re|regex)\./.test(file.callName(call) ?? '');

export const ldapSinks: readonly SinkSpec[] = [
  // python-ldap: search_s(base, scope, filterstr, ...)
  { calls: [], methods: ['search_s', 'search_st', 'search_ext', 'search_ext_s'], arg: { index: 2, keyword: 'filterstr' }, sanitizers: LDAP_ESCAPES, when: (f) => usesLdap(f) },
  { calls: [], methods: ['search'], arg: { index: 2, keyword: 'filterstr' }, sanitizers: LDAP_ESCAPES, when: (f, c) => usesLdap(f) && !usesLdap3(f) && notRegex(f, c) },
  // ldap3: Connection.search(search_base, search_filter, ...)
  { calls: [], methods: ['search'], arg: { index: 1, keyword: 'search_filter' }, sanitizers: LDAP_ESCAPES, when: (f, c) => usesLdap3(f) && notRegex(f, c) },
];

export const ldapInjection: PythonRule = {
  meta: codeRule({
    id: 'sast.python.ldap-injection',
    title: 'LDAP search filter built from user input',
    description:
      'User input is placed in an LDAP search filter without escaping: characters such as `*`, `(`, `)` and `|` let a caller change the filter, e.g. match every user or bypass a password check (LDAP injection).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-90'],
    owasp: ['A03:2021'],
    help: 'Escape every value put in a filter with ldap.filter.escape_filter_chars (python-ldap) or ldap3.utils.conv.escape_filter_chars, or build it with ldap.filter.filter_format.',
    tags: ['semgrep:python.lang.security.audit.ldap-injection'],
  }),
  check(file) {
    return taintedSinkCalls(file, ldapSinks).map((h) => taintMatch(file, h, 'LDAP filter from user input'));
  },
};
