import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersion } from '../shared/pep440.js';
import {
  caseTitle, expectedLine, fixtureSource, runFixture, type ExpectedPackage,
} from '../../shared/testdata/fixture-cases.js';
import { normalizeName } from '../../shared/package.js';
import { isRequirementsFile, requirementsCataloger } from './index.js';

const FORMAT = 'requirements-txt';

/**
 * Where our model differs from osv-scalibr's on purpose. Our `version` for an unpinned requirement is
 * the lowest version its specifier allows; upstream takes the version of a single clause as written.
 */
const SCALIBR_VERSION: Record<string, { version?: string; absent?: string }> = {
  'with_version/asdf': { version: '0.7' }, // `==0.7.*` allows 0.7 and up; upstream leaves it empty
  'with_version/pkg': { version: '' }, // `<=1.2.3` states no lowest version; upstream reports the upper bound
  'pip_example/requests': { version: '2.8.1' }, // `>= 2.8.1, == 2.8.*`: the highest lower bound; upstream: empty
  // pip rejects text between the version and the options; we report a parse-error instead of a
  // version `1.0 unexpected_text…`.
  'per_requirement_options/foo7': { absent: 'invalid requirement' },
};
/** Packages we report that upstream does not: `${VAR}` versions are kept as an unresolved constraint. */
const SCALIBR_EXTRA: Record<string, string[]> = { env_variable: ['qwert'] };

/** Trivy cases that do not apply, with the reason. */
const TRIVY_SKIP: Record<string, string> = {
  // The core's reader treats a file with NUL bytes as binary, so UTF-16 files never reach catalogers.
  'happy path. File uses utf16le': 'UTF-16 text is skipped as binary by the core reader',
};
/** Trivy's parser reports unpinned requirements only in its "use min version" mode, used by this case. */
const TRIVY_MIN_VERSION_CASES = new Set(['compatible versions']);

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('requirements fixtures: osv-scalibr', () => {
  const { dir, cases } = fixtureSource(FORMAT, 'osv-scalibr');
  for (const c of cases) {
    it(caseTitle(c), async () => {
      const out = await runFixture(requirementsCataloger, dir, c.file);
      const expected = c.expected ?? [];
      let absent = 0;
      for (const e of expected) {
        const dev = SCALIBR_VERSION[`${c.case}/${e.name}`];
        if (dev?.absent) {
          absent++;
          expect(out.packages.find((p) => p.name === e.name.toLowerCase()), e.name).toBeUndefined();
          continue;
        }
        const version = dev?.version ?? e.version ?? '';
        const pkg = out.packages.find((p) => p.name === normalizeName('PyPI', e.name) && p.version === version);
        expect(pkg, `${e.name} ${e.version ?? ''}`).toBeDefined();
        expect(pkg!.direct).toBe(true);
        if (expectedLine(e) !== undefined) expect(pkg!.locations[0]!.line, e.name).toBe(expectedLine(e));
        else expect(pkg!.locations[0]!.path, `${e.name} comes from an included file`).not.toBe(c.file);
        checkPinning(pkg!.constraint, e);
      }
      const extra = SCALIBR_EXTRA[c.case] ?? [];
      expect(out.packages.map((p) => p.name).sort()).toHaveLength(expected.length - absent + extra.length);
      for (const name of extra) expect(out.packages.find((p) => p.name === name)?.constraint).toMatch(/\$\{/);
    });
  }
});

/** `==`/`===` pins (no constraint); anything else keeps its specifier, as written, in `constraint`. */
function checkPinning(constraint: string | undefined, e: ExpectedPackage): void {
  const pinned = e.version !== undefined && (e.versionComparator === undefined || e.versionComparator === '===');
  if (pinned) {
    expect(constraint, e.name).toBeUndefined();
  } else {
    expect(constraint, e.name).toBeDefined();
    expect(squash(e.requirement ?? '').replace(/\\"/g, '"')).toContain(squash(constraint!));
  }
}

describe('requirements fixtures: trivy', () => {
  const { dir, cases } = fixtureSource(FORMAT, 'trivy');
  for (const c of cases) {
    it(caseTitle(c), async () => {
      const out = await runFixture(requirementsCataloger, dir, c.file);
      if (TRIVY_SKIP[c.case]) {
        expect(out.unread, TRIVY_SKIP[c.case]).toBe('binary-file');
        return;
      }
      if (c.expected === null) {
        // The templating case: nothing in it is a valid requirement, and it must not crash.
        expect(out.packages).toEqual([]);
        expect(out.issues!.length).toBeGreaterThan(0);
        return;
      }
      const ours = TRIVY_MIN_VERSION_CASES.has(c.case) ? out.packages : out.packages.filter((p) => p.constraint === undefined);
      expect(ours).toHaveLength(c.expected.length);
      for (const e of c.expected) {
        const pkg = ours.find((p) => p.name === e.name.toLowerCase().replace(/[-_.]+/g, '-'));
        expect(pkg, e.name).toBeDefined();
        // Trivy writes `==2.0.*` as 2.0.0; we keep 2.0 — equal under PEP 440.
        expect(compareVersions(parseVersion(pkg!.version)!, parseVersion(e.version!)!), `${e.name} ${pkg!.version}`).toBe(0);
      }
    });
  }
});

describe('requirementsCataloger.matches', () => {
  it.each([
    ['requirements.txt', true], ['app/requirements-dev.txt', true], ['dev-requirements.txt', true],
    ['requirements/base.txt', true], ['constraints.txt', true], ['Requirements.txt', true],
    ['notes.txt', false], ['requirements.in', false], ['requirements.txt.bak', false], ['src/requirements.py', false],
  ])('%s → %s', (p, want) => {
    expect(isRequirementsFile(p)).toBe(want);
  });
});
