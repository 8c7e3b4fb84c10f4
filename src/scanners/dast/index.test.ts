import { describe, expect, it } from 'vitest';
import { dastScanner } from './index.js';

describe('dast scanner', () => {
  it('reads no files and scans URLs', () => {
    expect(dastScanner.matches('app.py')).toBe(false);
    expect(typeof dastScanner.scanUrl).toBe('function');
  });

  it('lists the rules of the passive and active registries', () => {
    expect(dastScanner.rules.map((r) => r.id)).toContain('web.csp-missing');
  });
});
