import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CatalogContext } from '../../types.js';
import { composerLockCataloger } from './index.js';

// Runs the cataloger over every upstream fixture case in shared/fixtures/lockfiles/composer-lock/*/expected.json.
const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/lockfiles/composer-lock');
const noFiles: CatalogContext = { readFile: async () => undefined };

interface Expected {
  name: string;
  version?: string;
  line?: number;
  depGroups?: string[];
  dev?: boolean;
}
interface Case {
  case: string;
  test?: string;
  file: string;
  expect_error: boolean;
  expected: Expected[] | null;
}

/** The scope patchline gives a package: osv-scalibr states depGroups, trivy a dev flag. */
function expectedScope(e: Expected): string | undefined {
  if (e.depGroups) return e.depGroups.includes('dev') ? 'dev' : undefined;
  return e.dev ? 'dev' : undefined;
}

const key = (name: string, version: string): string => `${name}@${version}`;

for (const source of existsSync(fixtures) ? readdirSync(fixtures) : []) {
  const dir = path.join(fixtures, source);
  const { cases } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { cases: Case[] };
  describe(`composer-lock fixtures: ${source}`, () => {
    for (const c of cases) {
      it(`${c.test ?? ''} ${c.case}`, async () => {
        const text = readFileSync(path.join(dir, c.file), 'utf8');
        const out = await composerLockCataloger.extract({ path: c.file, size: text.length, text }, noFiles);
        if (c.expect_error) expect(out.issues?.map((i) => i.code)).toContain('parse-error');
        else expect(out.issues ?? []).toEqual([]);
        const expected = c.expected ?? [];
        expect(out.packages.map((p) => key(p.name, p.version)).sort()).toEqual(expected.map((e) => key(e.name, e.version ?? '')).sort());
        for (const e of expected) {
          const pkg = out.packages.find((p) => p.name === e.name && p.version === (e.version ?? ''))!;
          if (e.line !== undefined) expect(pkg.locations.map((l) => l.line), `${e.name} line`).toContain(e.line);
          if (e.depGroups !== undefined || source === 'trivy') expect(pkg.scope, `${e.name} scope`).toBe(expectedScope(e));
        }
      });
    }
  });
}

describe('composer-lock fixtures', () => {
  it('are present (CI keeps shared/ beside the clone)', () => {
    expect(readdirSync(fixtures).length).toBeGreaterThan(0);
  });
});
