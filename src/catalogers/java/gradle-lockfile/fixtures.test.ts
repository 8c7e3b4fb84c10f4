import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gradleLockfileCataloger } from './index.js';

// Runs the cataloger over every upstream fixture case in shared/fixtures/lockfiles/gradle-lockfile/*/expected.json.
const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/lockfiles/gradle-lockfile');

interface Expected {
  name: string;
  version?: string;
  line?: number;
}
interface Case {
  case: string;
  test?: string;
  file: string;
  expect_error: boolean;
  expected: Expected[] | null;
}

/** Cases where patchline reports an issue and upstream does not, with the reason. */
const ISSUE_EXPECTED: Record<string, string> = {
  'osv-scalibr/with-bad-pkg': 'lines that are not `group:artifact:version=…` are reported as one issue; osv-scalibr skips them silently',
};

const key = (name: string, version: string): string => `${name}@${version}`;

for (const source of existsSync(fixtures) ? readdirSync(fixtures) : []) {
  const dir = path.join(fixtures, source);
  const { cases } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { cases: Case[] };
  describe(`gradle-lockfile fixtures: ${source}`, () => {
    for (const c of cases) {
      it(`${c.test ?? ''} ${c.case}`, () => {
        const text = readFileSync(path.join(dir, c.file), 'utf8');
        const out = gradleLockfileCataloger.extract({ path: c.file, size: text.length, text });
        const issueReason = ISSUE_EXPECTED[`${source}/${c.file}`];
        if (issueReason || c.expect_error) expect(out.issues?.map((i) => i.code), issueReason).toContain('parse-error');
        else expect(out.issues ?? []).toEqual([]);
        const expected = c.expected ?? [];
        expect(out.packages.map((p) => key(p.name, p.version)).sort()).toEqual(expected.map((e) => key(e.name, e.version ?? '')).sort());
        for (const e of expected) {
          const pkg = out.packages.find((p) => p.name === e.name && p.version === (e.version ?? ''))!;
          if (e.line !== undefined) expect(pkg.locations.map((l) => l.line), `${e.name} line`).toContain(e.line);
        }
      });
    }
  });
}

describe('gradle-lockfile fixtures', () => {
  it('are present (CI keeps shared/ beside the clone)', () => {
    expect(readdirSync(fixtures).length).toBeGreaterThan(0);
  });
});
