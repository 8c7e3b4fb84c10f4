import type { SyntaxNode } from '../../engine/walk.js';
import { nameHasWord } from '../../rules/support/names.js';
import { scriptRule, type ScriptMatch, type ScriptRule } from './rule.js';

const SECRET_WORDS = new Set(['token', 'secret', 'password', 'passwd', 'pwd', 'key', 'otp', 'nonce', 'salt', 'pin', 'csrf', 'apikey', 'session', 'sid', 'code']);
const NAMED = ['variable_declarator', 'assignment_expression', 'pair', 'function_declaration', 'method_definition', 'public_field_definition'];
const STOP = new Set(['program', 'class_body', 'statement_block']);

/** The name a value is given or produced for: the variable, property, or enclosing function. */
function purposeName(call: SyntaxNode): string | undefined {
  for (let p = call.parent; p && !STOP.has(p.type); p = p.parent) {
    if (!NAMED.includes(p.type)) continue;
    const field = p.type === 'assignment_expression' ? 'left' : p.type === 'pair' ? 'key' : 'name';
    const name = p.childForFieldName(field)?.text;
    if (name) return name;
  }
  const fn = call.closest(['function_declaration', 'method_definition']);
  if (fn) return fn.childForFieldName('name')?.text;
  const arrow = call.closest(['arrow_function', 'function_expression']);
  const holder = arrow?.parent;
  return holder?.type === 'variable_declarator' ? holder.childForFieldName('name')?.text : undefined;
}

export const insecureRandom: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.insecure-random',
    title: 'Math.random() used for a token, secret or password',
    description:
      'Math.random() is not a cryptographic generator: its output can be predicted from a few observed values, so tokens made from it can be guessed.',
    severity: 'medium',
    confidence: 'medium',
    cwe: ['CWE-338'],
    owasp: ['A02:2021'],
    help: 'Use crypto.randomBytes(32).toString("hex"), crypto.randomUUID() or crypto.randomInt() for anything secret.',
    tags: ['eslint-plugin-security:detect-pseudoRandomBytes', 'semgrep:javascript.lang.security.audit.insecure-random'],
  }),
  check(file) {
    const matches: ScriptMatch[] = [];
    for (const call of file.calls(['Math.random'])) {
      const name = purposeName(call);
      if (name && nameHasWord(name, SECRET_WORDS)) matches.push({ node: call, message: `Math.random() produces ${name}, which looks secret.` });
    }
    return matches;
  },
};
