import { RULE_KINDS } from './rule-schema.js';
import type { RuleKind } from './rule-schema.js';

export interface Span {
  start: number;
  end: number;
  kind: RuleKind;
}

/**
 * Keeps one hit per stretch of text: where spans overlap, the more specific rule kind wins (provider
 * over format over generic), then the longer span, then the earlier one. Returns survivors by start.
 * O(n log n), so a file stuffed with matches cannot make this quadratic.
 */
export function resolveOverlaps<T extends Span>(hits: readonly T[]): T[] {
  let accepted: T[] = [];
  for (const kind of [...RULE_KINDS].reverse()) {
    const level = hits.filter((h) => h.kind === kind).sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: T[] = [];
    for (const h of level) {
      const last = kept[kept.length - 1];
      if (last && h.start < last.end) {
        if (h.end - h.start > last.end - last.start && !overlapsAny(accepted, h)) kept[kept.length - 1] = h;
        continue;
      }
      if (!overlapsAny(accepted, h)) kept.push(h);
    }
    accepted = mergeByStart(accepted, kept);
  }
  return accepted;
}

/** `sorted` is ordered by start and free of overlaps. */
function overlapsAny(sorted: readonly Span[], h: Span): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < h.end) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found >= 0 && sorted[found]!.end > h.start;
}

function mergeByStart<T extends Span>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
