import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gemfileLockCataloger } from './index.js';

// Runs the cataloger over every upstream fixture case in shared/fixtures/lockfiles/gemfile-lock/*/expected.json.
const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/lockfiles/gemfile-lock');

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

/**
 * Cases where patchline reports an issue and upstream does not, with the reason. (The trivy transcriptions set
 * `expect_error` whenever a `wantErr` assertion exists; upstream parse_test.go asserts NoError for all three.)
 */
const ISSUE_EXPECTED: Record<string, string> = {
  'osv-scalibr/invalid.lock': 'a spec line without `(version)` is reported as an issue; osv-scalibr skips it silently',
  'trivy/Gemfile_malformed.lock': "a file that is not a lockfile is reported as an issue; trivy's parser returns nothing silently",
};

const key = (name: string, version: string): string => `${name}@${version}`;

for (const source of existsSync(fixtures) ? readdirSync(fixtures) : []) {
  const dir = path.join(fixtures, source);
  const { cases } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { cases: Case[] };
  describe(`gemfile-lock fixtures: ${source}`, () => {
    for (const c of cases) {
      it(`${c.test ?? ''} ${c.case}`, () => {
        const text = readFileSync(path.join(dir, c.file), 'utf8');
        const out = gemfileLockCataloger.extract({ path: c.file, size: text.length, text });
        const issueReason = ISSUE_EXPECTED[`${source}/${c.file}`];
        if (issueReason || (source !== 'trivy' && c.expect_error)) expect(out.issues?.map((i) => i.code), issueReason).toContain('parse-error');
        else expect(out.issues ?? []).toEqual([]);
        const expected = c.expected ?? [];
        expect(out.packages.map((p) => key(p.name, p.version)).sort()).toEqual(expected.map((e) => key(e.name, e.version ?? '')).sort());
        for (const e of expected) {
          const pkg = out.packages.find((p) => p.name === e.name && p.version === (e.version ?? ''))!;
          if (e.line !== undefined) expect(pkg.locations.map((l) => l.line), `${e.name} line`).toContain(e.line);
          if (e.relationship) expect(pkg.direct, `${e.name} direct`).toBe(e.relationship === 'direct');
        }
      });
    }
  });
}

describe('gemfile-lock fixtures', () => {
  it('are present (CI keeps shared/ beside the clone)', () => {
    expect(readdirSync(fixtures).length).toBeGreaterThan(0);
  });
});
