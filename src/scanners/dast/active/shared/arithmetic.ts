import { factors } from './markers.js';
import { firstConfirmed, sendBaseline, type Attack } from './probe.js';
import type { HttpExchange } from '../../types.js';

export interface Evaluated {
  /** The syntax that was evaluated, e.g. `{{a*b}}`. */
  syntax: string;
  /** The payload sent on the confirming request. */
  payload: string;
  product: string;
  exchange: HttpExchange;
}

/**
 * Sends `a*b` in each syntax (`(a, b) => string`, prefixed by the original value) and looks for the product
 * in the answer; a hit is confirmed with two fresh factors, so a number that happens to be on the page
 * is not a finding. Only a target that evaluated the expression prints the product.
 */
export async function findEvaluation(
  attack: Attack,
  syntaxes: readonly { name: string; payload: (a: number, b: number) => string }[],
): Promise<Evaluated | undefined> {
  const baseline = await sendBaseline(attack);
  if (!baseline) return undefined;
  const v = attack.point.value;
  const first = factors();
  const seen = await firstConfirmed(
    attack,
    syntaxes,
    (s) => `${v}${s.payload(first.a, first.b)}`,
    (e) => e.response.body.includes(first.product) && !baseline.response.body.includes(first.product),
  );
  if (!seen) return undefined;
  const again = factors();
  const payload = `${v}${seen.value.payload(again.a, again.b)}`;
  const confirmed = await firstConfirmed(attack, [payload], (p) => p, (e) => e.response.body.includes(again.product));
  return confirmed && { syntax: seen.value.name, payload, product: again.product, exchange: confirmed.exchange };
}
