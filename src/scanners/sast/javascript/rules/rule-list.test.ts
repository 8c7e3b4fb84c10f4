import { describe, expect, it } from 'vitest';
import { javascriptRules } from './rule-list.js';

describe('javascript rule list', () => {
  it('lists rules in alphabetical order with unique ids of the form sast.javascript.<kebab-name>', () => {
    const ids = javascriptRules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^sast\.javascript\.[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ids.length).toBeGreaterThanOrEqual(15);
  });

  it('gives every rule complete metadata: CWE, OWASP category, peer tag, references', () => {
    for (const { meta } of javascriptRules) {
      expect(meta.category, meta.id).toBe('code');
      expect(meta.cwe.length, meta.id).toBeGreaterThan(0);
      for (const cwe of meta.cwe) expect(cwe, meta.id).toMatch(/^CWE-\d+$/);
      expect(meta.owasp?.length, `${meta.id} has an OWASP category`).toBeGreaterThan(0);
      for (const o of meta.owasp ?? []) expect(o, meta.id).toMatch(/^A(0[1-9]|10):2021$/);
      const tags = meta.tags ?? [];
      expect(tags.length, `${meta.id} has a peer tag`).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, meta.id).toMatch(/^(eslint-plugin-security:[A-Za-z-]+|semgrep:[a-z0-9_.-]+)$/);
      expect(meta.references?.length, meta.id).toBeGreaterThan(tags.length);
      expect(meta.help.length, meta.id).toBeGreaterThan(20);
    }
  });
});
