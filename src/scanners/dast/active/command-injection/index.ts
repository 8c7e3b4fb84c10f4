import type { RuleMeta } from '../../../../core/model.js';
import { around, factors } from '../shared/markers.js';
import { firstConfirmed, pointHit, type Attack } from '../shared/probe.js';
import { baselineTime, confirmDelay, delayMessage } from '../shared/timing.js';
import type { ActiveRule, WebHit } from '../../types.js';

export const COMMAND_INJECTION: RuleMeta = {
  id: 'web.command-injection',
  title: 'OS command injection',
  description: 'A request value is put into a shell command, so a client can run any command as the application.',
  severity: 'critical',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-78'],
  help: 'Run programs without a shell and pass values as separate arguments (subprocess.run([...]) without shell=True, execFile), after validating them against an allow-list.',
  tags: ['zap:90020'],
  owasp: ['A03:2021'],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html'],
};

/** Shell separators that start a second command after the application's, and substitutions inside it. */
const SEPARATORS: readonly ((cmd: string) => string)[] = [
  (c) => `;${c}`,
  (c) => `|${c}`,
  (c) => `&&${c}`,
  (c) => `\n${c}`,
  (c) => `$(${c})`,
  (c) => `\`${c}\``,
];

/** Seconds a time-based probe asks the shell to sleep. */
export const COMMAND_SLEEP_SECONDS = 3;

/**
 * Output first: `echo` of an arithmetic expansion, so only a shell that ran it prints the product (the
 * payload's own text never contains it). Then time: `sleep`, confirmed against `sleep 0` and repeated.
 */
export function commandInjection(options: { sleepSeconds: number } = { sleepSeconds: COMMAND_SLEEP_SECONDS }) {
  return {
    meta: { id: 'command-injection', version: '0.1.0', summary: 'OS command injection: shell arithmetic echoed into the answer, or a confirmed sleep.' },
    rules: [COMMAND_INJECTION],
    async attack(point, client, signal): Promise<WebHit[]> {
      const attack: Attack = { point, client, signal };
      const { a, b, product } = factors();
      const echo = `echo plx$((${a}*${b}))`;
      const output = await firstConfirmed(attack, SEPARATORS, (sep) => `${point.value}${sep(echo)}`, (e) => e.response.body.includes(`plx${product}`));
      if (output) {
        const payload = `${point.value}${output.value(echo)}`;
        return [pointHit(COMMAND_INJECTION, attack, output.exchange, {
          message: `The shell ran the command in ${JSON.stringify(payload)}: the answer shows plx${product}, the product it computed`,
          evidence: around(output.exchange.response.body, `plx${product}`) ?? `plx${product}`,
        })];
      }
      const baselineMs = await baselineTime(attack);
      if (baselineMs === undefined) return [];
      for (const sep of SEPARATORS) {
        const payload = (s: number) => `${point.value}${sep(`sleep ${s}`)}`;
        const proof = await confirmDelay(attack, payload, options.sleepSeconds, baselineMs);
        if (proof) {
          return [pointHit(COMMAND_INJECTION, attack, proof.exchange, {
            message: `The shell ran ${JSON.stringify(payload(options.sleepSeconds))}: ${delayMessage(proof, options.sleepSeconds)}`,
            evidence: payload(options.sleepSeconds),
            confidence: 'medium',
          })];
        }
      }
      return [];
    },
  } satisfies ActiveRule;
}

export const commandInjectionRule = commandInjection();
