import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../testing/registry-contract.js';
import { passiveRules } from './registry.js';

describe('passive DAST rule registry', () => {
  it('registers every rule folder under its own id, with tests', () => {
    checkRegistry(path.dirname(new URL(import.meta.url).pathname), passiveRules);
  });

  it('gives every rule a web id, the web category and at most one ZAP alert id', () => {
    for (const meta of passiveRules.flatMap((r) => r.rules)) {
      expect(meta.id, meta.id).toMatch(/^web\.[a-z0-9-]+$/);
      expect(meta.category, meta.id).toBe('web');
      expect((meta.tags ?? []).filter((t) => t.startsWith('zap:')).length, meta.id).toBeLessThanOrEqual(1);
      for (const tag of meta.tags ?? []) expect(tag, meta.id).toMatch(/^zap:\d+$/);
    }
  });
});
