import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packagesLockCataloger } from './index.js';

// Runs the cataloger over every upstream fixture case in shared/fixtures/lockfiles/nuget-packages-lock-json/*/expected.json.
const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/lockfiles/nuget-packages-lock-json');

interface Expected {
  name: string;
  version?: string;
}
interface Case {
  case: string;
  test?: string;
  file: string;
  expect_error: boolean;
  expected: Expected[] | null;
}

const key = (name: string, version: string): string => `${name}@${version}`;

for (const source of existsSync(fixtures) ? readdirSync(fixtures) : []) {
  const dir = path.join(fixtures, source);
  const { cases } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { cases: Case[] };
  describe(`nuget packages.lock.json fixtures: ${source}`, () => {
    for (const c of cases) {
      it(`${c.test ?? ''} ${c.case}`, () => {
        const text = readFileSync(path.join(dir, c.file), 'utf8');
        const out = packagesLockCataloger.extract({ path: c.file, size: text.length, text });
        if (c.expect_error) expect(out.issues?.map((i) => i.code)).toContain('parse-error');
        else expect(out.issues ?? []).toEqual([]);
        const expected = c.expected ?? [];
        expect(out.packages.map((p) => key(p.name, p.version)).sort()).toEqual(expected.map((e) => key(e.name, e.version ?? '')).sort());
      });
    }
  });
}

describe('nuget packages.lock.json fixtures', () => {
  it('are present (CI keeps shared/ beside the clone)', () => {
    expect(readdirSync(fixtures).length).toBeGreaterThan(0);
  });
});
