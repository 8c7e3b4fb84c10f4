import type { HttpExchange } from '../../types.js';
import { sendBaseline, sendValue, type Attack } from './probe.js';

/** How slow a delayed answer must be: most of the delay on top of the slowest baseline. */
const SLOW_SHARE = 0.85;
/** How fast the zero-delay control must stay: under half the delay above the baseline. */
const FAST_SHARE = 0.5;

export interface DelayProof {
  exchange: HttpExchange;
  /** Response times of the delayed probe, the zero-delay control and the doubled delay, in ms. */
  times: [number, number, number];
  baselineMs: number;
}

/** The slowest of `n` baseline answers, in ms; undefined when the baseline does not answer. */
export async function baselineTime(attack: Attack, n = 2): Promise<number | undefined> {
  let slowest: number | undefined;
  for (let i = 0; i < n; i++) {
    const exchange = await sendBaseline(attack);
    if (!exchange) return undefined;
    slowest = Math.max(slowest ?? 0, exchange.response.timeMs);
  }
  return slowest;
}

/**
 * A delay the payload causes, confirmed so that network jitter or a busy server is not a finding: the
 * delayed probe is slow, the same payload asking for no delay is fast, and asking for twice the delay
 * takes twice as long — a slowdown that does not follow the number asked for is not the payload's.
 */
export async function confirmDelay(attack: Attack, payload: (seconds: number) => string, seconds: number, baselineMs: number): Promise<DelayProof | undefined> {
  const slow = (s: number) => baselineMs + s * 1000 * SLOW_SHARE;
  const first = await sendValue(attack, payload(seconds));
  if (!first || first.response.timeMs < slow(seconds)) return undefined;
  const control = await sendValue(attack, payload(0));
  if (!control || control.response.timeMs >= baselineMs + seconds * 1000 * FAST_SHARE) return undefined;
  const double = await sendValue(attack, payload(seconds * 2));
  if (!double || double.response.timeMs < slow(seconds * 2) || double.response.timeMs < first.response.timeMs + seconds * 1000 * FAST_SHARE) return undefined;
  return { exchange: double, times: [first.response.timeMs, control.response.timeMs, double.response.timeMs], baselineMs };
}

export function delayMessage(proof: DelayProof, seconds: number): string {
  const [first, control, repeat] = proof.times.map((t) => `${Math.round(t)} ms`);
  return `a ${seconds} s delay payload answered in ${first}, ${seconds * 2} s in ${repeat}, the same payload with no delay in ${control}, the unchanged request in ${Math.round(proof.baselineMs)} ms`;
}
