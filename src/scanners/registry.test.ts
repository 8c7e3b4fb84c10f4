import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanners, selectScanners } from './registry.js';
import { checkRegistry } from '../testing/registry-contract.js';

describe('scanner registry', () => {
  it('registers every scanner folder under its own id, with tests', () => {
    checkRegistry(path.dirname(new URL(import.meta.url).pathname), scanners);
  });

  it('gives every rule a unique id and the metadata reports need', () => {
    const ids = scanners.flatMap((s) => s.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of scanners.flatMap((s) => s.rules)) {
      expect(rule.title, rule.id).not.toBe('');
      expect(rule.description, rule.id).not.toBe('');
      expect(rule.help, rule.id).not.toBe('');
      expect(rule.cwe.length, `${rule.id} has a CWE`).toBeGreaterThan(0);
      for (const cwe of rule.cwe) expect(cwe, rule.id).toMatch(/^CWE-\d+$/);
    }
  });

  it('selects scanners by id and rejects unknown ones with the list', () => {
    expect(selectScanners(['secrets']).map((s) => s.meta.id)).toEqual(['secrets']);
    expect(() => selectScanners(['secrets', 'nope'])).toThrow(/unknown scanner 'nope'; available: dast, dockerfile, sast, sca, secrets/);
  });
});
