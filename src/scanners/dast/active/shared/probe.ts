import { ExternalServiceError } from '../../../../core/errors.js';
import type { Confidence, RuleMeta } from '../../../../core/model.js';
import type { DastClient, HttpExchange, HttpRequestSpec, InjectionPoint, WebHit } from '../../types.js';
import { describePoint, withValue } from './inject.js';

/** One rule attacking one injection point. */
export interface Attack {
  point: InjectionPoint;
  client: DastClient;
  signal: AbortSignal;
}

/**
 * Sends the point's request with `value` in place; undefined when the value cannot be placed there or the
 * request failed (a timeout, a reset): one failed probe is no evidence either way. Scope and cap errors
 * are thrown, so the scanner stops the rule.
 */
export async function sendValue(attack: Attack, value: string, followRedirects = false): Promise<HttpExchange | undefined> {
  const request = withValue(attack.point, value);
  return request && sendRequest(attack, request, followRedirects);
}

/** The point's request as the crawler made it. */
export function sendBaseline(attack: Attack): Promise<HttpExchange | undefined> {
  return sendRequest(attack, attack.point.request);
}

/** Any request on behalf of the attack, with the same handling of failures as `sendValue`. */
export async function sendRequest(attack: Attack, request: HttpRequestSpec, followRedirects = false): Promise<HttpExchange | undefined> {
  attack.signal.throwIfAborted();
  try {
    return await attack.client.send(request, { followRedirects, signal: attack.signal });
  } catch (err) {
    if (err instanceof ExternalServiceError && !attack.signal.aborted) return undefined;
    throw err;
  }
}

/** A finding on the attacked point: the baseline URL (without the payload), the parameter, the proving exchange. */
export function pointHit(
  rule: RuleMeta,
  attack: Attack,
  exchange: HttpExchange,
  what: { message: string; evidence?: string; confidence?: Confidence },
): WebHit {
  const { point } = attack;
  return {
    ruleId: rule.id,
    url: point.request.url,
    method: point.request.method.toUpperCase(),
    ...(point.location !== 'path' && { param: point.name }),
    message: `${what.message} (${describePoint(point)})`,
    ...(what.evidence !== undefined && { evidence: what.evidence }),
    ...(what.confidence && { confidence: what.confidence }),
    exchange,
  };
}

/** The first payload of `values` whose exchange `confirm` accepts, tried in order, with that exchange. */
export async function firstConfirmed<T>(
  attack: Attack,
  values: readonly T[],
  payloadOf: (v: T) => string,
  confirm: (exchange: HttpExchange, v: T) => boolean,
): Promise<{ value: T; exchange: HttpExchange } | undefined> {
  for (const value of values) {
    const exchange = await sendValue(attack, payloadOf(value));
    if (exchange && confirm(exchange, value)) return { value, exchange };
  }
  return undefined;
}
