import type { OsvEvent, OsvRange } from '../types.js';
import { preparedFor, ZERO, type VersionOrder } from './order.js';

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
  const ready = preparedFor(order, range, () => prepareRange(range, order));
  if ('problem' in ready) return ready;
  if (!order.isValid(version)) return { problem: `the package version '${version}' is not a valid ${order.name} version` };

  const cmp = (a: string, b: string): number => order.compare(a, b);
  const none: RangeVerdict = { affected: false, fixed: [], lastAffected: [] };
  const beforeLimits = ready.limits === undefined || ready.limits.some((limit) => limit.includes('*') || cmp(version, limit) < 0);
  if (!beforeLimits) return none;

  let vulnerable = false;
  for (const e of ready.timeline) {
    if (e.kind === 'introduced' && (e.version === ZERO || cmp(version, e.version) >= 0)) vulnerable = true;
    else if (e.kind === 'fixed' && cmp(version, e.version) >= 0) vulnerable = false;
    else if (e.kind === 'last_affected' && cmp(version, e.version) > 0) vulnerable = false;
  }
  if (!vulnerable) return none;
  return {
    affected: true,
    fixed: ready.timeline.filter((e) => e.kind === 'fixed' && cmp(e.version, version) > 0).map((e) => e.version),
    lastAffected: ready.timeline.filter((e) => e.kind === 'last_affected' && cmp(e.version, version) >= 0).map((e) => e.version),
  };
}

interface PreparedRange {
  /** The `limit` values; undefined when the range has none (an implicit "*"). */
  limits?: string[];
  /** introduced / fixed / last_affected events, sorted by version. */
  timeline: Event[];
}

/** Reads and validates a range's events and sorts its timeline, once per range and order. */
function prepareRange(range: OsvRange, order: VersionOrder): PreparedRange | RangeProblem {
  const events: Event[] = [];
  for (const raw of range.events ?? []) {
    const event = readEvent(raw);
    if ('problem' in event) return event;
    if (!(event.kind === 'limit' && event.version.includes('*')) && !order.isValid(event.version)) {
      return { problem: `${event.kind} '${event.version}' is not a valid ${order.name} version` };
    }
    events.push(event);
  }
  const limits = events.filter((e) => e.kind === 'limit').map((e) => e.version);
  const timeline = events
    .filter((e) => e.kind !== 'limit')
    .sort((a, b) => order.compare(a.version, b.version) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  return { ...(limits.length > 0 && { limits }), timeline };
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
