import type { RuleMeta } from '../../../../core/model.js';
import { pointHit, sendBaseline, type Attack } from '../shared/probe.js';
import type { ActiveRule, WebHit } from '../../types.js';
import { booleanBased } from './boolean-based.js';
import { errorBased } from './error-based.js';
import { timeBased } from './time-based.js';

export const SQL_INJECTION: RuleMeta = {
  id: 'web.sql-injection',
  title: 'SQL injection',
  description: 'A request value is put into an SQL statement as text, so a client can change the query: read or change any data the database user can.',
  severity: 'high',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-89'],
  help: 'Pass values to the database as bound parameters (placeholders), never by formatting them into the SQL text; use the ORM query builder where there is one.',
  tags: ['zap:40018', 'zap:40019', 'zap:40022', 'zap:40024', 'zap:40027'],
  owasp: ['A03:2021'],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html'],
};

/** Seconds a time-based probe asks the database to sleep. */
export const SQL_SLEEP_SECONDS = 3;

/** Error-based, then boolean-based, then time-based SQL injection; the first confirmed proof is reported. */
export function sqlInjection(options: { sleepSeconds: number } = { sleepSeconds: SQL_SLEEP_SECONDS }) {
  return {
    meta: { id: 'sql-injection', version: '0.1.0', summary: 'SQL injection: database errors, true/false conditions and delays, each confirmed against the unchanged request.' },
    rules: [SQL_INJECTION],
    async attack(point, client, signal): Promise<WebHit[]> {
      const attack: Attack = { point, client, signal };
      const baseline = await sendBaseline(attack);
      if (!baseline) return [];
      const proof = (await errorBased(attack, baseline)) ?? (await booleanBased(attack, baseline)) ?? (await timeBased(attack, options.sleepSeconds));
      return proof ? [pointHit(SQL_INJECTION, attack, proof.exchange, proof)] : [];
    },
  } satisfies ActiveRule;
}

export const sqlInjectionRule = sqlInjection();
