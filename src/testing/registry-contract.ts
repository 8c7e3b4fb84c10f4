import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** Folders beside the plugins that hold shared code, test data or a stage of its own (fixers/verify), not plugins. */
const NOT_PLUGINS = new Set(['shared', 'testdata', 'verify']);

interface Plugin {
  meta: { id: string; version: string; summary: string };
}

/**
 * The contract every plugin registry keeps: each plugin folder is registered, each id equals its
 * folder name, ids are listed alphabetically, and each folder holds tests (`*.test.ts`, or what the
 * kind counts as tests, such as a fixer's before/after files).
 */
export function checkRegistry(kindDir: string, registered: readonly Plugin[], testedBy: (dir: string) => boolean = hasTests): void {
  const folders = readdirSync(kindDir).filter((name) => statSync(path.join(kindDir, name)).isDirectory() && !NOT_PLUGINS.has(name));
  const ids = registered.map((p) => p.meta.id);
  expect(ids, 'registered ids are alphabetical').toEqual([...ids].sort());
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  expect([...folders].sort(), 'every plugin folder is registered, and only those').toEqual([...ids].sort());
  for (const plugin of registered) {
    expect(plugin.meta.version, `${plugin.meta.id} has a version`).toMatch(/^\d+\.\d+\.\d+$/);
    expect(plugin.meta.summary.length, `${plugin.meta.id} has a summary`).toBeGreaterThan(10);
    expect(testedBy(path.join(kindDir, plugin.meta.id)), `${plugin.meta.id} has tests`).toBe(true);
  }
}

export function hasTests(dir: string): boolean {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.test.ts'));
}
