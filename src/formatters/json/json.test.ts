import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../core/model.js';
import { compareGolden, loadSample, sampleGate } from '../testdata/golden.js';
import { jsonFormatter } from './index.js';
import { stringifySafe } from '../shared/stringify.js';

/** Rebuilds every object with its keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

describe('json formatter', () => {
  const sample = loadSample();

  it('matches the golden file', () => {
    const { expected, actual } = compareGolden('demo', 'json', jsonFormatter.render(sample, { color: false, gate: sampleGate(sample) }));
    expect(actual).toBe(expected);
  });

  it('is the scan result plus a summary, 2-space indented', () => {
    const out = jsonFormatter.render(sample, { color: false });
    const parsed = JSON.parse(out) as ScanResult & { summary: { findings: number } };
    const { summary, ...rest } = parsed;
    expect(rest).toEqual(sample);
    expect(summary.findings).toBe(10);
    expect(out.split('\n')[1]).toBe('  "schemaVersion": "1.0.0",');
  });

  it('writes keys in schema order whatever order the result was built in', () => {
    const shuffled = reverseKeys(sample) as ScanResult;
    expect(Object.keys(shuffled)[0]).toBe('properties');
    expect(jsonFormatter.render(shuffled, { color: false })).toBe(jsonFormatter.render(sample, { color: false }));
    const keys = Object.keys(JSON.parse(jsonFormatter.render(shuffled, { color: false })) as object);
    expect(keys).toEqual(['schemaVersion', 'tool', 'target', 'startedAt', 'durationMs', 'scanners', 'packages', 'findings', 'issues', 'properties', 'summary']);
  });

  it('drops fields the schema does not document', () => {
    const extra = { ...sample, internal: { token: 'x' } } as ScanResult;
    expect(jsonFormatter.render(extra, { color: false })).not.toContain('internal');
  });

  it('includes the gate in the summary only when one is given', () => {
    const withGate = JSON.parse(jsonFormatter.render(sample, { color: false, gate: sampleGate(sample) })) as { summary: object };
    expect(withGate.summary).toMatchObject({ gate: { failOn: 'high', failed: true, count: 5 } });
    const without = JSON.parse(jsonFormatter.render(sample, { color: false })) as { summary: object };
    expect(without.summary).not.toHaveProperty('gate');
  });
});

describe('stringifySafe', () => {
  it('escapes C1 and bidi controls but keeps the parsed value identical', () => {
    const value = { m: 'a\u009b31mb\u202ec\u2028d\u001be' };
    const text = stringifySafe(value);
    expect(text).not.toMatch(/[\u001b\u009b\u202e\u2028]/);
    expect(text).toContain('\\u009b');
    expect(JSON.parse(text)).toEqual(value);
  });
});
