import type { SyntaxNode } from '../engine/walk.js';
import { stringValue } from '../engine/python/literals.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import { nameWords } from './support/names.js';

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'pw']);

export const hardcodedPassword: PythonRule = {
  meta: codeRule({
    id: 'sast.python.hardcoded-password',
    title: 'Hard-coded password',
    description: 'A password is written in the source, where everyone with access to the code (and its history) can read it.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-259'],
    owasp: ['A07:2021'],
    help: 'Read the password from the environment or a secret store at run time, and rotate the one that was committed.',
    tags: ['bandit:B105', 'bandit:B106', 'bandit:B107'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    const report = (node: SyntaxNode, name: string | undefined, value: SyntaxNode | null | undefined) => {
      if (!name || !value || !namesPassword(name)) return;
      const secret = stringValue(value);
      if (secret && !isPlaceholder(name, secret)) matches.push({ node, secrets: [secret] });
    };
    for (const { node, right, name } of file.assignments()) report(node, name, right);
    for (const kw of file.nodes('keyword_argument')) {
      report(kw, kw.childForFieldName('name')?.text, kw.childForFieldName('value'));
    }
    for (const p of file.nodes('default_parameter')) {
      report(p, p.childForFieldName('name')?.text, p.childForFieldName('value'));
    }
    for (const pair of file.nodes('pair')) {
      const key = pair.childForFieldName('key');
      report(pair, key ? (stringValue(key) ?? undefined) : undefined, pair.childForFieldName('value'));
    }
    return matches;
  },
};

/**
 * Values that name a password rather than being one: a form field or key name (`PASSWORD_FIELD =
 * "password"`), an environment variable name, a format placeholder, or a mask.
 */
function isPlaceholder(name: string, value: string): boolean {
  const v = value.trim();
  if (PASSWORD_WORDS.has(v.toLowerCase()) || v.toLowerCase() === name.toLowerCase()) return true;
  if (/^[A-Z][A-Z0-9_]*$/.test(v) && v.includes('_')) return true;
  if (/^(\{[^}]*\}|%\(?\w*\)?s|<[^>]+>|\$\{?\w+\}?|\*+|x+|\.+)$/i.test(v)) return true;
  return false;
}

/** `password`, `db_password`, `adminPwd`, `PASSWORD2` — but not `MODULE_PWD_STATE` or `password_length`. */
function namesPassword(name: string): boolean {
  const last = nameWords(name.replace(/\d+$/, '')).pop();
  return last !== undefined && PASSWORD_WORDS.has(last);
}
