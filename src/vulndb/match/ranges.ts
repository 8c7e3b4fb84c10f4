import type { OsvEvent, OsvRange } from '../types.js';
import { ZERO, type VersionOrder } from './order.js';

export interface RangeVerdict {
  affected: boolean;
  /** `fixed` events above the version, in the range's sorted order (only when affected). */
  fixed: string[];
  /** `last_affected` events at or above the version (only when affected). */
  lastAffected: string[];
}

/** A range that cannot be evaluated, and why; the caller reports it and moves on. */
export interface RangeProblem {
  problem: string;
}

type EventKind = 'introduced' | 'fixed' | 'last_affected' | 'limit';
const KINDS: readonly EventKind[] = ['introduced', 'last_affected', 'fixed', 'limit'];

interface Event {
  kind: EventKind;
  version: string;
}

/**
 * The OSV spec's evaluation of one range (ossf.github.io/osv-schema, "Evaluation"): outside every
 * `limit` means unaffected; otherwise walk the events sorted by version — `introduced` at or below v
 * opens, `fixed` at or below v closes, `last_affected` below v closes. At equal versions `introduced`
 * is applied first, so an empty [x, x) interval affects nothing.
 */
export function evaluateRange(range: OsvRange, version: string, order: VersionOrder): RangeVerdict | RangeProblem {
  const events: Event[] = [];
  for (const raw of range.events ?? []) {
    const event = readEvent(raw);
    if ('problem' in event) return event;
    if (!(event.kind === 'limit' && event.version.includes('*')) && !order.isValid(event.version)) {
      return { problem: `${event.kind} '${event.version}' is not a valid ${order.name} version` };
    }
    events.push(event);
  }
  if (!order.isValid(version)) return { problem: `the package version '${version}' is not a valid ${order.name} version` };

  const cmp = (a: string, b: string): number => order.compare(a, b);
  const limits = events.filter((e) => e.kind === 'limit');
  const beforeLimits = limits.length === 0 || limits.some((e) => e.version.includes('*') || cmp(version, e.version) < 0);
  const none: RangeVerdict = { affected: false, fixed: [], lastAffected: [] };
  if (!beforeLimits) return none;

  const timeline = events
    .filter((e) => e.kind !== 'limit')
    .sort((a, b) => cmp(a.version, b.version) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  let vulnerable = false;
  for (const e of timeline) {
    if (e.kind === 'introduced' && (e.version === ZERO || cmp(version, e.version) >= 0)) vulnerable = true;
    else if (e.kind === 'fixed' && cmp(version, e.version) >= 0) vulnerable = false;
    else if (e.kind === 'last_affected' && cmp(version, e.version) > 0) vulnerable = false;
  }
  if (!vulnerable) return none;
  return {
    affected: true,
    fixed: timeline.filter((e) => e.kind === 'fixed' && cmp(e.version, version) > 0).map((e) => e.version),
    lastAffected: timeline.filter((e) => e.kind === 'last_affected' && cmp(e.version, version) >= 0).map((e) => e.version),
  };
}

function readEvent(raw: OsvEvent): Event | RangeProblem {
  const present = KINDS.filter((k) => typeof raw?.[k] === 'string');
  if (present.length !== 1) {
    return { problem: `an event must have exactly one of introduced, fixed, last_affected, limit (got ${JSON.stringify(raw).slice(0, 80)})` };
  }
  const kind = present[0]!;
  const version = raw[kind]!.trim();
  if (version === '') return { problem: `${kind} is empty` };
  return { kind, version };
}
