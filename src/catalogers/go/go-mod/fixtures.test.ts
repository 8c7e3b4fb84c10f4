import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Package } from '../../../core/model.js';
import { treeReader } from '../../../core/tree-reader.js';
import type { CatalogContext } from '../../types.js';
import { goModCataloger, goVersion } from './index.js';

// Runs the cataloger over every upstream fixture case in shared/fixtures/lockfiles/go-mod/*/expected.json.
const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/lockfiles/go-mod');

interface Expected {
  name: string;
  version?: string;
  line?: number;
  relationship?: string;
}
interface Case {
  case: string;
  test?: string;
  file: string;
  expect_error: boolean;
  expected: Expected[] | null;
}

/** Cases that do not apply to patchline, with the reason. */
const NOT_APPLICABLE: Record<string, string> = {
  'trivy/normal': 'asserts only the dependency graph (expected is null)',
  'trivy/no replace': "runs trivy's parser with replace handling switched off, an option patchline does not have",
  'trivy/go 1.16':
    "trivy's parser drops go.mod's // indirect lines for go < 1.17 (its analyzer merges go.sum later); " +
    'patchline follows osv-scalibr: keeps them and adds the modules go.sum lists',
};

/** Expected entries patchline deliberately does not produce, with the reason. */
function dropExpected(source: string, e: Expected): string | undefined {
  if (e.relationship === 'root') return 'the main module is the project itself, not a dependency';
  if (source === 'osv-scalibr' && e.name.startsWith('./')) return 'local-directory replacements are skipped (nothing to look up)';
  return undefined;
}

/** Packages patchline reports that a peer leaves out, with the reason. */
function extraAllowed(source: string, p: Package): string | undefined {
  if (source === 'trivy' && p.name === 'stdlib') return 'trivy reports stdlib only from a toolchain directive; patchline (like osv-scalibr) also from `go`';
  return undefined;
}

/** Reads other files of the fixture folder the way the pipeline does (no escape from the root, no links, no binaries). */
function contextFor(dir: string): CatalogContext {
  return { readFile: treeReader(dir, 10 * 1024 * 1024) };
}

const key = (name: string, version: string): string => `${name}@${version}`;

for (const source of existsSync(fixtures) ? readdirSync(fixtures) : []) {
  const dir = path.join(fixtures, source);
  const { cases } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { cases: Case[] };
  const seen = new Map<string, number>();
  describe(`go-mod fixtures: ${source}`, () => {
    for (const c of cases) {
      const n = seen.get(c.case) ?? 0;
      seen.set(c.case, n + 1);
      const id = `${source}/${c.case}${n > 0 ? `#${n}` : ''}`;
      const reason = NOT_APPLICABLE[id];
      if (reason) {
        it.skip(`${c.case} — not applicable: ${reason}`, () => {});
        continue;
      }
      it(`${c.test ?? ''} ${c.case}`, async () => {
        const text = readFileSync(path.join(dir, c.file), 'utf8');
        const out = await goModCataloger.extract({ path: c.file, size: text.length, text }, contextFor(dir));
        if (c.expect_error) expect(out.issues?.map((i) => i.code)).toContain('parse-error');
        else expect(out.issues ?? []).toEqual([]);
        const expected = (c.expected ?? []).filter((e) => dropExpected(source, e) === undefined);
        const actual = out.packages.filter((p) => extraAllowed(source, p) === undefined || expected.some((e) => e.name === p.name));
        expect(actual.map((p) => key(p.name, p.version)).sort()).toEqual(
          [...new Set(expected.map((e) => key(e.name, goVersion(e.version ?? ''))))].sort(),
        );
        for (const e of expected) {
          const pkg = actual.find((p) => p.name === e.name && p.version === goVersion(e.version ?? ''))!;
          if (e.line !== undefined) expect(pkg.locations.map((l) => l.line), `${e.name} line`).toContain(e.line);
          if (e.relationship === 'direct' || e.relationship === 'indirect') expect(pkg.direct, `${e.name} direct`).toBe(e.relationship === 'direct');
        }
      });
    }
  });
}

describe('go-mod fixtures', () => {
  it('are present (CI keeps shared/ beside the clone)', () => {
    expect(readdirSync(fixtures).length).toBeGreaterThan(0);
  });
});
