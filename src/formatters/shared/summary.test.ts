import { describe, expect, it } from 'vitest';
import { loadSample, sampleGate } from '../testdata/golden.js';
import { activeFindings, severityBreakdown, summarize } from './summary.js';

describe('summarize', () => {
  const sample = loadSample();

  it('counts findings that count by severity, and suppressed ones apart', () => {
    const s = summarize(sample);
    expect(s.bySeverity).toEqual({ critical: 1, high: 4, medium: 3, low: 1, info: 1 });
    expect(s.findings).toBe(10);
    expect(s.suppressed).toBe(1);
    expect(s.expiredExceptions).toBe(1);
    expect(s.issues).toBe(7);
    expect(s.gate).toBeUndefined();
  });

  it('echoes the gate when one is given', () => {
    expect(summarize(sample, sampleGate(sample)).gate).toEqual({ failOn: 'high', failed: true, count: 5 });
  });

  it('leaves findings under an active exception out of the active list', () => {
    const active = activeFindings(sample);
    expect(active).toHaveLength(10);
    expect(active.some((f) => f.suppression?.status === 'active')).toBe(false);
    expect(active.some((f) => f.suppression?.status === 'expired')).toBe(true);
  });

  it('writes a severity breakdown, all severities or only those present', () => {
    const counts = { critical: 0, high: 2, medium: 0, low: 1, info: 0 };
    expect(severityBreakdown(counts)).toBe('2 high, 1 low');
    expect(severityBreakdown(counts, true)).toBe('0 critical, 2 high, 0 medium, 1 low, 0 info');
  });
});
