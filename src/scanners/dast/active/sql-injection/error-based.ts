import { around } from '../shared/markers.js';
import { sendValue, type Attack } from '../shared/probe.js';
import type { HttpExchange } from '../../types.js';
import { sqlError } from './errors.js';

export interface SqlProof {
  exchange: HttpExchange;
  message: string;
  evidence: string;
  confidence: 'high' | 'medium';
}

/**
 * A quote that breaks the query shows a database error the unchanged request does not; the same quote
 * doubled (an escaped quote inside an SQL string) shows none, which confirms the quote reached SQL.
 */
export async function errorBased(attack: Attack, baseline: HttpExchange): Promise<SqlProof | undefined> {
  if (sqlError(baseline.response.body)) return undefined;
  const v = attack.point.value;
  for (const [breaker, balanced] of [["'", "''"], ['"', '""']] as const) {
    const broken = await sendValue(attack, `${v}${breaker}`);
    const error = broken && sqlError(broken.response.body);
    if (!broken || !error) continue;
    const fixed = await sendValue(attack, `${v}${balanced}`);
    const confirmed = fixed !== undefined && !sqlError(fixed.response.body);
    return {
      exchange: broken,
      message: `A ${breaker} in the value makes the application show a ${error.engine} error${confirmed ? `, and ${balanced} does not` : ''}: the value is put into an SQL statement without parameters`,
      evidence: around(broken.response.body, error.match) ?? error.match,
      confidence: confirmed ? 'high' : 'medium',
    };
  }
  return undefined;
}
