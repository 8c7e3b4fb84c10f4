import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogers } from './registry.js';

/** Folders that hold shared code or test data rather than a plugin. */
const NOT_PLUGINS = new Set(['shared', 'testdata']);
const here = path.dirname(new URL(import.meta.url).pathname);

function isDir(p: string): boolean {
  return statSync(p).isDirectory();
}

/** Cataloger folders are `<group>/<name>`, and the folder path is the id. */
function pluginFolders(): string[] {
  return readdirSync(here)
    .filter((group) => !NOT_PLUGINS.has(group) && isDir(path.join(here, group)))
    .flatMap((group) => readdirSync(path.join(here, group))
      .filter((name) => !NOT_PLUGINS.has(name) && isDir(path.join(here, group, name)))
      .map((name) => `${group}/${name}`));
}

describe('cataloger registry', () => {
  it('registers every cataloger folder under its own id, alphabetically, each with tests', () => {
    const ids = catalogers.map((c) => c.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(pluginFolders().sort());
    for (const id of ids) {
      const files = readdirSync(path.join(here, id), { recursive: true, encoding: 'utf8' });
      expect(files.some((f) => f.endsWith('.test.ts')), `${id} has tests`).toBe(true);
    }
  });

  it('gives every cataloger an OSV ecosystem and metadata', () => {
    for (const c of catalogers) {
      expect(c.meta.version, c.meta.id).toMatch(/^\d+\.\d+\.\d+$/);
      expect(c.meta.summary.length, c.meta.id).toBeGreaterThan(10);
      expect(['PyPI', 'npm', 'Go', 'Maven', 'crates.io', 'Packagist', 'RubyGems', 'NuGet', 'Alpine', 'Debian', 'Red Hat'], c.meta.id).toContain(c.ecosystem);
    }
  });
});
