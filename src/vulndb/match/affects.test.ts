import { describe, expect, it } from 'vitest';
import type { Package } from '../../core/model.js';
import type { Advisory, OsvAffected, OsvRange } from '../types.js';
import { affects } from './affects.js';
import { dottedScheme, lexicalScheme } from './testdata/test-schemes.js';
import { issueSink } from './types.js';

function pkg(version: string, over: Partial<Package> = {}): Package {
  return { ecosystem: 'Test', name: 'demo', version, purl: `pkg:test/demo@${version}`, locations: [{ path: 'deps.txt', line: 1 }], ...over };
}

function range(type: OsvRange['type'], ...events: OsvRange['events']): OsvRange {
  return { type, events };
}

function advisory(affected: OsvAffected[], over: Partial<Advisory> = {}): Advisory {
  return { id: 'TEST-1', modified: '2024-01-01T00:00:00Z', affected, ...over };
}

function entry(ranges: OsvRange[], over: Partial<OsvAffected> = {}): OsvAffected {
  return { package: { ecosystem: 'Test', name: 'demo' }, ranges, ...over };
}

/** Which of these versions the advisory affects, under the dotted test scheme. */
function affected(adv: Advisory, versions: string[], scheme = dottedScheme): string[] {
  return versions.filter((v) => affects(adv, pkg(v), scheme) !== undefined);
}

describe('OSV range evaluation', () => {
  it('introduced "0" … fixed: everything below the fix', () => {
    const adv = advisory([entry([range('ECOSYSTEM', { introduced: '0' }, { fixed: '1.2' })])]);
    expect(affected(adv, ['0', '0.1', '1.1.9', '1.2', '1.2.0', '1.3', '10'])).toEqual(['0', '0.1', '1.1.9']);
  });

  it('introduced is inclusive, fixed exclusive', () => {
    const adv = advisory([entry([range('ECOSYSTEM', { introduced: '1.0' }, { fixed: '2.0' })])]);
    expect(affected(adv, ['0.9', '1.0', '1.0.0', '1.5', '2.0', '2.0.1'])).toEqual(['1.0', '1.0.0', '1.5']);
  });

  it('an introduced without a later event affects everything from it on', () => {
    const adv = advisory([entry([range('ECOSYSTEM', { introduced: '3.1' })])]);
    expect(affected(adv, ['3.0.9', '3.1', '99'])).toEqual(['3.1', '99']);
  });

  it('last_affected is inclusive', () => {
    const adv = advisory([entry([range('ECOSYSTEM', { introduced: '0' }, { last_affected: '2.4' })])]);
    expect(affected(adv, ['1', '2.4', '2.4.0', '2.4.1', '3'])).toEqual(['1', '2.4', '2.4.0']);
  });

  it('limit bounds the range from above; "*" means no limit; any one of several limits admits', () => {
    const limited = advisory([entry([range('ECOSYSTEM', { introduced: '1.0' }, { limit: '1.5' })])]);
    expect(affected(limited, ['0.9', '1.0', '1.4', '1.5', '2.0'])).toEqual(['1.0', '1.4']);
    const star = advisory([entry([range('ECOSYSTEM', { introduced: '1.0' }, { limit: '*' })])]);
    expect(affected(star, ['1.0', '500'])).toEqual(['1.0', '500']);
    const two = advisory([entry([range('ECOSYSTEM', { introduced: '1.0' }, { limit: '1.5' }, { limit: '3.0' })])]);
    expect(affected(two, ['1.4', '2.0', '3.0'])).toEqual(['1.4', '2.0']);
  });

  it('several introduced/fixed pairs in one range, whatever order the events are written in', () => {
    const events = [{ fixed: '3.2.5' }, { introduced: '1.0' }, { introduced: '3.0' }, { fixed: '1.0.2' }];
    const adv = advisory([entry([range('ECOSYSTEM', ...events)])]);
    expect(affected(adv, ['0.9', '1.0', '1.0.1', '1.0.2', '2.9', '3.0', '3.2.4', '3.2.5', '4'])).toEqual(['1.0', '1.0.1', '3.0', '3.2.4']);
  });

  it('an empty [x, x) interval affects nothing', () => {
    const adv = advisory([entry([range('ECOSYSTEM', { introduced: '1.0' }, { fixed: '1.0' })])]);
    expect(affected(adv, ['0.9', '1.0', '1.1'])).toEqual([]);
  });

  it('a version is affected when any range or any entry of the package contains it', () => {
    const adv = advisory([
      entry([range('ECOSYSTEM', { introduced: '0' }, { fixed: '1.0' }), range('ECOSYSTEM', { introduced: '2.0' }, { fixed: '2.1' })]),
      entry([range('ECOSYSTEM', { introduced: '5.0' }, { fixed: '5.0.3' })]),
    ]);
    expect(affected(adv, ['0.5', '1.0', '2.0.5', '2.1', '5.0.2', '5.0.3'])).toEqual(['0.5', '2.0.5', '5.0.2']);
  });

  it('versions[] lists affected versions outside any range, equal as written or by the scheme', () => {
    const adv = advisory([entry([range('ECOSYSTEM', { introduced: '0' }, { fixed: '1.0' })], { versions: ['1.5', '2.0.0'] })]);
    expect(affected(adv, ['0.9', '1.0', '1.5', '1.5.0', '2', '2.0.1'])).toEqual(['0.9', '1.5', '1.5.0', '2']);
    expect(affects(advisory([entry([], { versions: ['1.5'] })]), pkg('1.5'), dottedScheme)?.via).toEqual(['versions']);
  });

  it('SEMVER ranges use SemVer precedence even when the ecosystem orders otherwise', () => {
    // Under the lexical test scheme "10.0.0" < "9.0.0"; under SemVer it is above.
    const eco = advisory([entry([range('ECOSYSTEM', { introduced: '0' }, { fixed: '9.0.0' })])]);
    const sem = advisory([entry([range('SEMVER', { introduced: '0' }, { fixed: '9.0.0' })])]);
    expect(affected(eco, ['8.0.0', '10.0.0'], lexicalScheme)).toEqual(['8.0.0', '10.0.0']);
    expect(affected(sem, ['8.0.0', '10.0.0'], lexicalScheme)).toEqual(['8.0.0']);
    const pre = advisory([entry([range('SEMVER', { introduced: '1.0.0-alpha' }, { fixed: '1.0.0' })])]);
    expect(affected(pre, ['1.0.0-alpha', '1.0.0-beta.2', '1.0.0', '0.9.9'], lexicalScheme)).toEqual(['1.0.0-alpha', '1.0.0-beta.2']);
    expect(affects(sem, pkg('8.0.0'), lexicalScheme)?.via).toEqual(['SEMVER']);
  });

  it('ignores GIT ranges', () => {
    const adv = advisory([entry([{ type: 'GIT', repo: 'https://example.com/r.git', events: [{ introduced: '0' }] }])]);
    expect(affected(adv, ['0.1', '1.0'])).toEqual([]);
  });

  it('never matches a withdrawn advisory', () => {
    const adv = advisory([entry([range('ECOSYSTEM', { introduced: '0' })])], { withdrawn: '2024-02-01T00:00:00Z' });
    expect(affected(adv, ['1.0'])).toEqual([]);
  });
});

describe('which entries belong to the package', () => {
  const anyVersion = [range('ECOSYSTEM', { introduced: '0' })];
  const osPkg = (ecosystem: string): Package => pkg('1.0', { ecosystem });

  it('a package with a release suffix matches entries of that release (or of none), never another release', () => {
    const adv = advisory([entry(anyVersion, { package: { ecosystem: 'Debian:11', name: 'demo' } })]);
    expect(affects(adv, osPkg('Debian:12'), dottedScheme)).toBeUndefined();
    expect(affects(adv, osPkg('Debian:11'), dottedScheme)).toBeDefined();
    expect(affects(adv, osPkg('Debian'), dottedScheme), 'no suffix: every release').toBeDefined();
    const alpine = advisory([entry(anyVersion, { package: { ecosystem: 'Alpine:v3.10', name: 'demo' } })]);
    expect(affects(alpine, osPkg('Alpine:v3.10'), dottedScheme)).toBeDefined();
    expect(affects(alpine, osPkg('Alpine:v3.11'), dottedScheme)).toBeUndefined();
    const noSuffix = advisory([entry(anyVersion, { package: { ecosystem: 'Debian', name: 'demo' } })]);
    expect(affects(noSuffix, osPkg('Debian:12'), dottedScheme), 'an entry without a release applies to every release').toBeDefined();
    const normalized = advisory([entry(anyVersion, { package: { ecosystem: 'Ubuntu:22.04:LTS', name: 'demo' } })]);
    expect(affects(normalized, osPkg('Ubuntu:22.04'), dottedScheme)).toBeDefined();
    expect(affects(normalized, osPkg('Ubuntu:Pro:22.04:LTS'), dottedScheme)).toBeUndefined();
    expect(affects(alpine, osPkg('Alpine:3.10.4'), dottedScheme)).toBeDefined();
  });

  it('reports only the entries of the package, with the ecosystem and normalized name', () => {
    const adv = advisory([
      entry(anyVersion, { package: { ecosystem: 'PyPI', name: 'Flask_Login' } }),
      entry(anyVersion, { package: { ecosystem: 'npm', name: 'flask-login' } }),
      entry(anyVersion, { package: { ecosystem: 'PyPI', name: 'flask-other' } }),
    ]);
    const m = affects(adv, pkg('1.0', { ecosystem: 'PyPI', name: 'flask-login' }), dottedScheme);
    expect(m?.entries.map((e) => e.package?.name)).toEqual(['Flask_Login']);
  });

  it('matches OS advisories on the source package and its version', () => {
    const adv = advisory([entry([range('ECOSYSTEM', { introduced: '0' }, { fixed: '3.0.2' })], { package: { ecosystem: 'Debian:12', name: 'openssl' } })]);
    const libssl = pkg('3.0.9', { ecosystem: 'Debian:12', name: 'libssl3', source: { name: 'openssl', version: '3.0.1' } });
    expect(affects(adv, libssl, dottedScheme)).toBeDefined();
    expect(affects(adv, { ...libssl, source: { name: 'openssl', version: '3.0.2' } }, dottedScheme)).toBeUndefined();
  });
});

describe('fixed versions and problems', () => {
  it('collects the fixed events above the version of the ranges that contain it', () => {
    const adv = advisory([
      entry([range('ECOSYSTEM', { introduced: '0' }, { fixed: '1.0' }, { introduced: '1.5' }, { fixed: '2.0' })]),
      entry([range('ECOSYSTEM', { introduced: '3.0' }, { fixed: '3.1' })]),
    ]);
    expect(affects(adv, pkg('0.5'), dottedScheme)?.fixed).toEqual(['1.0', '2.0']);
    expect(affects(adv, pkg('1.7'), dottedScheme)?.fixed).toEqual(['2.0']);
    const last = advisory([entry([range('ECOSYSTEM', { introduced: '0' }, { last_affected: '4.0' })])]);
    expect(affects(last, pkg('3.0'), dottedScheme)).toMatchObject({ fixed: [], lastAffected: ['4.0'] });
  });

  it('an unreadable version in an advisory is an issue naming the advisory; the other ranges still count', () => {
    const issues = issueSink();
    const adv = advisory(
      [entry([range('ECOSYSTEM', { introduced: '0' }, { fixed: '1.0-beta' }), range('ECOSYSTEM', { introduced: '2.0' }, { fixed: '2.5' })])],
      { id: 'BAD-1' },
    );
    expect(affects(adv, pkg('0.5'), dottedScheme, issues)).toBeUndefined();
    expect(affects(adv, pkg('2.1'), dottedScheme, issues)?.fixed).toEqual(['2.5']);
    expect(issues.list()).toEqual([
      { code: 'invalid-advisory', advisory: 'BAD-1', message: expect.stringMatching(/^BAD-1: ECOSYSTEM range of demo skipped: fixed '1.0-beta' is not a valid dotted version/) },
    ]);
  });

  it('an event with two kinds is an issue, not a guess', () => {
    const issues = issueSink();
    const adv = advisory([entry([range('ECOSYSTEM', { introduced: '0', fixed: '1.0' })])]);
    expect(affects(adv, pkg('0.5'), dottedScheme, issues)).toBeUndefined();
    expect(issues.list()[0]?.message).toMatch(/exactly one of introduced, fixed, last_affected, limit/);
  });

  it('an unreadable package version matches nothing and says so', () => {
    const issues = issueSink();
    const adv = advisory([entry([range('ECOSYSTEM', { introduced: '0' })])]);
    expect(affects(adv, pkg('1.0-final'), dottedScheme, issues)).toBeUndefined();
    expect(issues.list()).toEqual([{ code: 'invalid-version', message: expect.stringContaining("demo 1.0-final: not a valid dotted version") }]);
  });

  it('an empty version (an unpinned requirement without a lower bound) matches nothing, quietly', () => {
    const issues = issueSink();
    expect(affects(advisory([entry([range('ECOSYSTEM', { introduced: '0' })])]), pkg(''), dottedScheme, issues)).toBeUndefined();
    expect(issues.list()).toEqual([]);
  });
});
