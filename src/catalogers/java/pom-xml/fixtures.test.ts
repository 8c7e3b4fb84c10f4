import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Package } from '../../../core/model.js';
import { treeReader } from '../../../core/tree-reader.js';
import type { CatalogContext } from '../../types.js';
import { pomXmlCataloger } from './index.js';

// Runs the cataloger over every upstream fixture case in shared/fixtures/lockfiles/pom-xml/*/expected.json.
const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/lockfiles/pom-xml');

interface Expected {
  name: string;
  version?: string;
  line?: number;
  depGroups?: string[];
}
interface Case {
  case: string;
  test?: string;
  file: string;
  expect_error: boolean;
  expected: Expected[] | null;
}

/** Packages patchline reports that upstream leaves out, with the reason. */
function extraAllowed(source: string, c: Case, p: Package): string | undefined {
  if (source === 'osv-scalibr' && c.file === 'multi-version.xml' && p.version === '1.1.1') {
    return 'a dependency declared twice with two versions is reported with both; osv-scalibr keeps the first';
  }
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
  describe(`pom-xml fixtures: ${source}`, () => {
    for (const c of cases) {
      it(`${c.test ?? ''} ${c.case}`, async () => {
        const text = readFileSync(path.join(dir, c.file), 'utf8');
        const out = await pomXmlCataloger.extract({ path: c.file, size: text.length, text }, contextFor(dir));
        if (c.expect_error) expect(out.issues?.map((i) => i.code)).toContain('parse-error');
        else expect(out.issues ?? []).toEqual([]);
        const expected = c.expected ?? [];
        const actual = out.packages.filter((p) => extraAllowed(source, c, p) === undefined);
        expect(actual.map((p) => key(p.name, p.version)).sort()).toEqual(expected.map((e) => key(e.name, e.version ?? '')).sort());
        for (const e of expected) {
          const pkg = actual.find((p) => p.name === e.name && p.version === (e.version ?? ''))!;
          // Line 0 means upstream could not tell; a dependency inherited from a parent is located in the parent's file.
          const here = pkg.locations.filter((l) => l.path === c.file).map((l) => l.line);
          if (e.line && here.length > 0) expect(here, `${e.name} line`).toContain(e.line);
          if (e.depGroups) expect(pkg.scope, `${e.name} scope`).toBe(e.depGroups[0]);
        }
      });
    }
  });
}

describe('pom-xml fixtures', () => {
  it('are present (CI keeps shared/ beside the clone)', () => {
    expect(readdirSync(fixtures).length).toBeGreaterThan(0);
  });
});
