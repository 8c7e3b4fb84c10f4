import { codeRule, type PythonRule } from './rule.js';
import type { SinkSpec } from './support/sinks.js';
import { taintedSinkCalls, taintMatch } from './support/taint-sinks.js';

/** The expression is the first argument; values passed as XPath variables (`name=...`) are not part of it. */
export const xpathSinks: readonly SinkSpec[] = [
  { calls: ['lxml.etree.XPath', 'lxml.etree.ETXPath', 'lxml.etree.XPathEvaluator'], arg: { index: 0, keyword: 'path' } },
  { calls: [], methods: ['xpath'], arg: { index: 0, keyword: '_path' } },
];

export const xpathInjection: PythonRule = {
  meta: codeRule({
    id: 'sast.python.xpath-injection',
    title: 'XPath expression built from user input',
    description:
      'User input is placed in an XPath expression: quotes and operators in it change the query (e.g. `\' or \'1\'=\'1`), which can return every node or bypass an authentication check (XPath injection).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-643'],
    owasp: ['A03:2021'],
    help: 'Keep the expression constant and pass the value as an XPath variable: tree.xpath("//user[@name=$name]", name=value), or etree.XPath("//user[@name=$name]")(tree, name=value).',
    tags: ['semgrep:python.lang.security.audit.xpath-injection'],
  }),
  check(file) {
    return taintedSinkCalls(file, xpathSinks).map((h) => taintMatch(file, h, 'XPath expression from user input'));
  },
};
