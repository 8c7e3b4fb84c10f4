import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { VersionScheme } from './types.js';

/**
 * One conformance suite for every version scheme (osv-scalibr's semantic/testdata style):
 * `<id>/testdata/<id>-versions.txt` holds one assertion a line — `a < b`, `a = b` or `a > b` — and
 * `<id>/testdata/<id>-invalid.txt` one version a line that the scheme must reject. `#` starts a comment.
 */
const here = path.dirname(new URL(import.meta.url).pathname);
const ids = readdirSync(here).filter((d) => statSync(path.join(here, d)).isDirectory() && d !== 'shared');

function lines(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/\s+#.*$|^#.*$/, '').trim()).filter(Boolean);
}

async function load(id: string): Promise<VersionScheme> {
  const url = pathToFileURL(path.join(here, id, 'index.ts')).href;
  const mod = (await import(/* @vite-ignore */ url)) as Record<string, VersionScheme>;
  const scheme = Object.values(mod).find((v) => v && typeof v === 'object' && 'compare' in v);
  if (!scheme) throw new Error(`${id}/index.ts exports no version scheme`);
  return scheme;
}

describe.each(ids)('version scheme %s', (id) => {
  const assertions = lines(path.join(here, id, 'testdata', `${id}-versions.txt`));
  const invalid = lines(path.join(here, id, 'testdata', `${id}-invalid.txt`));

  it('has an id matching its folder and an assertion file of at least 20 lines', async () => {
    const scheme = await load(id);
    expect(scheme.meta.id).toBe(id);
    expect(scheme.ecosystems.length).toBeGreaterThan(0);
    expect(assertions.length).toBeGreaterThanOrEqual(20);
  });

  it('orders every asserted pair, both ways', async () => {
    const scheme = await load(id);
    const wrong: string[] = [];
    for (const line of assertions) {
      const m = /^(\S+)\s+([<=>])\s+(\S+)$/.exec(line);
      if (!m) throw new Error(`${id}-versions.txt: cannot read '${line}' (want 'a < b', 'a = b' or 'a > b')`);
      const [, a, op, b] = m as unknown as [string, string, string, string];
      const want = op === '<' ? -1 : op === '>' ? 1 : 0;
      if (Math.sign(scheme.compare(a, b)) !== want || Math.sign(scheme.compare(b, a)) !== -want) wrong.push(line);
    }
    expect(wrong).toEqual([]);
  });

  it('accepts every asserted version and rejects the invalid ones', async () => {
    const scheme = await load(id);
    const versions = new Set(assertions.flatMap((l) => l.split(/\s+[<=>]\s+/)));
    expect([...versions].filter((v) => !scheme.isValid(v))).toEqual([]);
    expect(invalid.filter((v) => scheme.isValid(v))).toEqual([]);
    for (const v of invalid) expect(() => scheme.compare(v, v)).toThrow(/not a valid/);
  });
});
