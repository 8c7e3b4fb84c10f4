import { similarity, withoutValues } from '../shared/compare.js';
import { sendBaseline, sendValue, type Attack } from '../shared/probe.js';
import type { HttpExchange } from '../../types.js';
import type { SqlProof } from './error-based.js';

/** Pages at least this alike are "the same page"; pages below DIFFERENT are clearly not. */
const SAME = 0.98;
const DIFFERENT = 0.9;
/** Rounds of true, false and unchanged requests that must all agree. */
const ROUNDS = 3;

interface Pair {
  /** A value the database reads as the original when injectable. */
  same: (v: string) => string;
  /** A value the database reads as something else (no rows) when injectable. */
  other: (v: string) => string;
  applies: (v: string) => boolean;
}

const PAIRS: readonly Pair[] = [
  { same: (v) => `${v}' AND '1'='1`, other: (v) => `${v}' AND '1'='2`, applies: () => true },
  { same: (v) => `${v}" AND "1"="1`, other: (v) => `${v}" AND "1"="2`, applies: () => true },
  // String concatenation (SQLite, PostgreSQL, Oracle): works inside LIKE '%…%' and other quoted contexts.
  { same: (v) => `${v.slice(0, 1)}'||'${v.slice(1)}`, other: (v) => `${v.slice(0, 1)}'||'plx${v.slice(1)}`, applies: (v) => v.length >= 2 },
  { same: (v) => `${v} AND 1=1`, other: (v) => `${v} AND 1=2`, applies: (v) => /^-?\d+$/.test(v) },
];

/**
 * A true condition gives the page of the unchanged request and a false one a different page, three times,
 * and the false page is the same each time: the database evaluated the injected condition. Each round
 * fetches the unchanged request again to compare with, so a page that changes by itself (a flash
 * message another request left in the session, a counter) is not taken for a condition. Reflections of
 * the values are removed before comparing.
 */
export async function booleanBased(attack: Attack, baseline: HttpExchange): Promise<SqlProof | undefined> {
  const v = attack.point.value;
  for (const pair of PAIRS.filter((p) => p.applies(v))) {
    const proof = await tryPair(attack, baseline.response.status, pair.same(v), pair.other(v));
    if (proof) return proof;
  }
  return undefined;
}

async function tryPair(attack: Attack, status: number, same: string, other: string): Promise<SqlProof | undefined> {
  const v = attack.point.value;
  const scores: number[] = [];
  const falsePages: string[] = [];
  let proof: HttpExchange | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const t = await sendValue(attack, same);
    if (!t || t.response.status !== status) return undefined;
    const f = await sendValue(attack, other);
    const b = await sendBaseline(attack);
    if (!f || !b || b.response.status !== status) return undefined;
    const base = withoutValues(b.response.body, [v]);
    const tPage = withoutValues(t.response.body, [same, v]);
    const fPage = withoutValues(f.response.body, [other, v]);
    const tScore = similarity(base, tPage);
    const fScore = f.response.status !== status ? 0 : similarity(base, fPage);
    if (tScore < SAME || fScore >= DIFFERENT || similarity(tPage, fPage) >= DIFFERENT) return undefined;
    scores.push(tScore, fScore);
    falsePages.push(`${f.response.status} ${fPage}`);
    proof = f;
  }
  if (falsePages.some((page) => similarity(falsePages[0]!, page) < SAME)) return undefined;
  return {
    exchange: proof!,
    message: `The value ${JSON.stringify(same)} gives the same page as the unchanged request and ${JSON.stringify(other)} a different one, ${ROUNDS} times (similarity ${scores.map((s) => s.toFixed(2)).join(', ')}): the application evaluates SQL conditions put into the value`,
    evidence: `true: ${same}\nfalse: ${other}`,
    confidence: 'medium',
  };
}
