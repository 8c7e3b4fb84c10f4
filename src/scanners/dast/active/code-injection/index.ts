import type { RuleMeta } from '../../../../core/model.js';
import { findEvaluation } from '../shared/arithmetic.js';
import { around } from '../shared/markers.js';
import { pointHit, type Attack } from '../shared/probe.js';
import type { ActiveRule, WebHit } from '../../types.js';

export const CODE_INJECTION: RuleMeta = {
  id: 'web.code-injection',
  title: 'Server-side code injection',
  description: 'A request value is evaluated as program code (eval, exec, Function, assert), so a client can run any code as the application.',
  severity: 'critical',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-94'],
  help: 'Never pass request data to eval/exec/Function or a dynamic import; parse the value (JSON, int(), ast.literal_eval for literals) or map it to a fixed set of actions.',
  tags: ['zap:90019'],
  owasp: ['A03:2021'],
  references: ['https://owasp.org/www-community/attacks/Code_Injection'],
};

/** Ways out of a string literal into an expression, for the languages that eval: Python, JavaScript, PHP, Ruby. */
const SYNTAXES: readonly { name: string; payload: (a: number, b: number) => string }[] = [
  { name: "Python or JavaScript string '…'", payload: (a, b) => `'+str(${a}*${b})+'` },
  { name: 'Python or JavaScript string "…"', payload: (a, b) => `"+str(${a}*${b})+"` },
  { name: "JavaScript string '…'", payload: (a, b) => `'+(${a}*${b})+'` },
  { name: 'JavaScript string "…"', payload: (a, b) => `"+(${a}*${b})+"` },
  { name: "PHP string '…'", payload: (a, b) => `'.(${a}*${b}).'` },
  { name: 'PHP string "…"', payload: (a, b) => `".(${a}*${b})."` },
  { name: 'PHP statement', payload: (a, b) => `;print(${a}*${b});` },
  { name: 'a numeric expression', payload: (a, b) => `*0+${a}*${b}` },
];

/** Arithmetic that only an evaluating server computes; the finding is the product, confirmed with other numbers. */
export const codeInjectionRule = {
  meta: { id: 'code-injection', version: '0.1.0', summary: 'Server-side code injection: arithmetic breaking out of an evaluated string, seen by the product.' },
  rules: [CODE_INJECTION],
  async attack(point, client, signal): Promise<WebHit[]> {
    const attack: Attack = { point, client, signal };
    const found = await findEvaluation(attack, SYNTAXES);
    if (!found) return [];
    return [pointHit(CODE_INJECTION, attack, found.exchange, {
      message: `The server evaluated ${JSON.stringify(found.payload)} as code (${found.syntax}): the answer shows ${found.product}`,
      evidence: around(found.exchange.response.body, found.product) ?? found.product,
    })];
  },
} satisfies ActiveRule;
