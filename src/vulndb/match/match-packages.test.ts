import { describe, expect, it } from 'vitest';
import type { Package } from '../../core/model.js';
import type { Advisory, OsvEvent, VulnDb } from '../types.js';
import { matchPackages } from './match-packages.js';
import { candidateVersions, minimalSafeVersion } from './safe-version.js';
import { schemeOrder } from './order.js';
import { memoryDb } from './testdata/memory-db.js';
import { dottedScheme } from './testdata/test-schemes.js';
import { issueSink } from './types.js';

const schemes = (ecosystem: string) => (ecosystem.startsWith('Test') ? dottedScheme : undefined);

function pkg(name: string, version: string, over: Partial<Package> = {}): Package {
  return { ecosystem: 'Test', name, version, purl: `pkg:test/${name}@${version}`, locations: [{ path: 'deps.txt', line: 3 }], ...over };
}

function adv(id: string, name: string, events: OsvEvent[], over: Partial<Advisory> = {}): Advisory {
  return { id, modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'Test', name }, ranges: [{ type: 'ECOSYSTEM', events }] }], ...over };
}

describe('minimal safe version', () => {
  const advisories = [
    adv('T-1', 'lib', [{ introduced: '0' }, { fixed: '1.2' }]),
    adv('T-2', 'lib', [{ introduced: '1.1' }, { fixed: '1.4' }, { introduced: '2.0' }, { fixed: '2.0.3' }]),
    adv('T-3', 'lib', [{ introduced: '1.5' }, { last_affected: '1.7' }]),
    adv('T-4', 'lib', [{ introduced: '1.9' }, { fixed: '2.0' }], { withdrawn: '2024-02-01T00:00:00Z' }),
  ];
  const subject = { ecosystem: 'Test', name: 'lib', version: '1.0' };
  const order = schemeOrder(dottedScheme);

  it('considers the fixed versions above the installed one (a listed, introduced or last_affected version is affected by its own advisory)', () => {
    expect(candidateVersions(advisories, subject, order)).toEqual(['1.2', '1.4', '2.0.3']);
    expect(candidateVersions(advisories, { ...subject, version: '1.4' }, order)).toEqual(['2.0.3']);
  });

  it('is the lowest candidate no advisory affects: a fix of one may be inside another', () => {
    // 1.2 fixes T-1 but T-2 covers [1.1, 1.4); 1.4 is clear of all three.
    expect(minimalSafeVersion(advisories, subject, order, issueSink())).toBe('1.4');
    // From 1.5 on: T-3 covers up to 1.7 inclusive, 2.0 is T-2's second range; 2.0.3 is clear (T-4 is withdrawn).
    expect(minimalSafeVersion(advisories, { ...subject, version: '1.5' }, order, issueSink())).toBe('2.0.3');
    expect(minimalSafeVersion([...advisories, adv('T-5', 'lib', [{ introduced: '2.0.1' }])], { ...subject, version: '1.5' }, order, issueSink())).toBeUndefined();
  });
});

describe('matchPackages', () => {
  it('one finding per vulnerability with the fix and the safe version', () => {
    const db = memoryDb([adv('T-1', 'lib', [{ introduced: '0' }, { fixed: '1.2' }], { aliases: ['CVE-2024-1'] }), adv('T-2', 'lib', [{ introduced: '0' }, { fixed: '1.4' }])]);
    const { findings, issues } = matchPackages([pkg('lib', '1.0')], db, schemes);
    expect(issues).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.fix, f.confidence, f.severity])).toEqual([
      ['CVE-2024-1', 'Upgrade lib to 1.2 (fixes CVE-2024-1); 1.4 is the lowest version with no known advisory of lib.', 'medium', 'medium'],
      ['T-2', 'Upgrade lib to 1.4 (fixes T-2); 1.4 is also the lowest version with no known advisory.', 'medium', 'medium'],
    ]);
    expect(findings[0]).toMatchObject({ aliases: ['T-1'], title: 'CVE-2024-1', message: 'lib 1.0 is affected by CVE-2024-1, T-1', location: { path: 'deps.txt', line: 3 } });
  });

  it('says when no fix is known', () => {
    const { findings } = matchPackages([pkg('lib', '1.0')], memoryDb([adv('T-9', 'lib', [{ introduced: '0' }])]), schemes);
    expect(findings[0]).toMatchObject({ fix: expect.stringMatching(/^No fixed version of lib is known for T-9/) });
    expect(findings[0]).not.toHaveProperty('safeVersion');
    expect(findings[0]).not.toHaveProperty('fixedVersions');
  });

  it('matches an unpinned requirement on its lowest allowed version, with low confidence; skips one without a bound quietly', () => {
    const db = memoryDb([adv('T-1', 'lib', [{ introduced: '0' }, { fixed: '1.2' }])]);
    const ranged = pkg('lib', '1.0', { constraint: '>=1.0' });
    const open = pkg('lib', '', { constraint: '*' });
    const { findings, issues } = matchPackages([ranged, open, pkg('lib', '1.3', { constraint: '>=1.3' })], db, schemes);
    expect(findings.map((f) => [f.ruleId, f.confidence, f.message, f.fix])).toEqual([
      ['T-1', 'low', "lib 1.0 (the lowest version '>=1.0' allows) is affected by T-1", 'Raise the lower bound of lib to 1.2 (fixes T-1); 1.2 is also the lowest version with no known advisory.'],
    ]);
    expect(issues).toEqual([]);
  });

  it('reports an ecosystem without a scheme once, and an unreadable version with its manifest', () => {
    const db = memoryDb([adv('T-1', 'lib', [{ introduced: '0' }])]);
    const { findings, issues } = matchPackages([pkg('a', '1', { ecosystem: 'Nowhere' }), pkg('b', '2', { ecosystem: 'Nowhere' }), pkg('lib', 'one')], db, schemes);
    expect(findings).toEqual([]);
    expect(issues).toEqual([
      { code: 'invalid-version', message: 'lib one is not a valid dotted version; it was not checked for vulnerabilities', path: 'deps.txt' },
      { code: 'unsupported-ecosystem', message: 'no version scheme for Nowhere: its packages were not checked for vulnerabilities' },
    ]);
  });

  it('reports a bad advisory once however many packages meet it, and keeps matching the others', () => {
    const bad = adv('BAD-1', 'lib', [{ introduced: '0' }, { fixed: 'soon' }]);
    const good = adv('T-1', 'lib', [{ introduced: '0' }, { fixed: '2' }]);
    const { findings, issues } = matchPackages([pkg('lib', '1.0'), pkg('lib', '1.1')], memoryDb([bad, good]), schemes);
    expect(findings.map((f) => f.ruleId)).toEqual(['T-1', 'T-1']);
    expect(issues).toEqual([{ code: 'invalid-advisory', advisory: 'BAD-1', message: expect.stringContaining("fixed 'soon' is not a valid dotted version") }]);
  });

  it('selects OS advisories by release and source package', () => {
    const entry = (ecosystem: string, fixed: string) => ({ package: { ecosystem, name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM' as const, events: [{ introduced: '0' }, { fixed }] }] });
    const db = memoryDb([{ id: 'DEB-1', modified: '2024-01-01T00:00:00Z', affected: [entry('Test:11', '1.1.1'), entry('Test:12', '3.0.11')] }]);
    const libssl = (ecosystem: string) => pkg('libssl3', '3.0.9', { ecosystem, source: { name: 'openssl', version: '3.0.9' } });
    const { findings } = matchPackages([libssl('Test:12'), libssl('Test:11')], db, schemes);
    expect(findings.map((f) => [f.location.kind === 'package' && f.location.ecosystem, f.fixedVersions, f.message])).toEqual([
      ['Test:12', ['3.0.11'], 'libssl3 3.0.9 (source package openssl 3.0.9) is affected by DEB-1'],
    ]);
  });

  it('survives a database that throws', () => {
    const broken: VulnDb = { ...memoryDb([]), advisoriesFor: () => { throw new Error('disk I/O error'); } };
    expect(matchPackages([pkg('lib', '1.0')], broken, schemes)).toEqual({ findings: [], issues: [{ code: 'db-error', message: 'could not read advisories for Test/lib: disk I/O error' }] });
  });
});
