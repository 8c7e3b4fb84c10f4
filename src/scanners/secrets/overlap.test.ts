import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from './overlap.js';
import type { Span } from './overlap.js';

const span = (start: number, end: number, kind: Span['kind'], id = ''): Span & { id: string } => ({ start, end, kind, id });

describe('resolveOverlaps', () => {
  it('keeps the provider rule over a generic one on the same text', () => {
    const kept = resolveOverlaps([span(10, 50, 'generic', 'g'), span(10, 50, 'provider', 'p')]);
    expect(kept.map((s) => s.id)).toEqual(['p']);
  });

  it('keeps format over generic and provider over format, even when the weaker span is longer', () => {
    const kept = resolveOverlaps([span(0, 100, 'generic', 'g'), span(5, 40, 'format', 'f'), span(30, 60, 'provider', 'p')]);
    expect(kept.map((s) => s.id)).toEqual(['p']);
  });

  it('keeps the longer of two overlapping spans of one kind', () => {
    const kept = resolveOverlaps([span(0, 10, 'provider', 'short'), span(0, 30, 'provider', 'long')]);
    expect(kept.map((s) => s.id)).toEqual(['long']);
  });

  it('keeps disjoint spans and returns them by start', () => {
    const kept = resolveOverlaps([span(50, 60, 'generic', 'c'), span(0, 10, 'provider', 'a'), span(20, 30, 'format', 'b')]);
    expect(kept.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('treats touching spans as disjoint', () => {
    expect(resolveOverlaps([span(0, 10, 'provider'), span(10, 20, 'generic')])).toHaveLength(2);
  });

  it('handles many spans without quadratic work', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => span(i * 10, i * 10 + (i % 2 === 0 ? 15 : 5), i % 3 === 0 ? 'generic' : 'provider'));
    const kept = resolveOverlaps(many);
    for (let i = 1; i < kept.length; i++) expect(kept[i]!.start >= kept[i - 1]!.end).toBe(true);
  });
});
