import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Package } from '../../core/model.js';
import { schemeFor } from '../../versioning/registry.js';
import { matchPackages } from './match-packages.js';
import { loadAdvisories, memoryDb, OSV_FIXTURES } from './testdata/memory-db.js';

/** npm GHSA, Debian DSA, Ubuntu and AlmaLinux records from the shared fixtures, through the registered schemes. */
const db = memoryDb(loadAdvisories(...['npm', 'Debian', 'Ubuntu', 'AlmaLinux'].map((d) => path.join(OSV_FIXTURES, d))));

function pkg(ecosystem: string, name: string, version: string, source?: Package['source']): Package {
  return { ecosystem, name, version, purl: `pkg:generic/${name}@${version}`, locations: [{ path: 'lock' }], ...(source && { source }) };
}

function summary(packages: Package[]) {
  const { findings, issues } = matchPackages(packages, db, schemeFor);
  return {
    issues,
    findings: findings.map((f) => ({
      id: f.ruleId,
      at: f.location.kind === 'package' ? `${f.location.ecosystem}/${f.location.name}@${f.location.version}` : '',
      severity: f.severity,
      safe: f.safeVersion,
    })),
  };
}

describe('real records of other ecosystems', () => {
  it('npm: per-branch ranges give the lowest fix above the installed version, not the newest', () => {
    // Read off the GHSA records: lodash < 4.17.20/4.17.21 (three advisories; < 4.17.12 no longer applies);
    // qs [6.5.0, 6.5.3) among nine branches; tar [0, 4.4.16) and [4.0.0, 4.4.15).
    expect(summary([pkg('npm', 'lodash', '4.17.15'), pkg('npm', 'qs', '6.5.2'), pkg('npm', 'tar', '4.4.10'), pkg('npm', 'axios', '1.7.4')])).toEqual({
      issues: [],
      findings: [
        { id: 'CVE-2020-28500', at: 'npm/lodash@4.17.15', severity: 'medium', safe: '4.17.21' },
        { id: 'CVE-2020-8203', at: 'npm/lodash@4.17.15', severity: 'high', safe: '4.17.21' },
        { id: 'CVE-2021-23337', at: 'npm/lodash@4.17.15', severity: 'high', safe: '4.17.21' },
        { id: 'CVE-2022-24999', at: 'npm/qs@6.5.2', severity: 'high', safe: '6.5.3' },
        { id: 'CVE-2021-32803', at: 'npm/tar@4.4.10', severity: 'high', safe: '4.4.16' },
        { id: 'CVE-2021-37701', at: 'npm/tar@4.4.10', severity: 'high', safe: '4.4.16' },
      ],
    });
  });

  it('Debian: the release suffix scopes the advisory; versions compare as dpkg does', () => {
    const nginx = (ecosystem: string, version: string) => pkg(ecosystem, 'nginx-full', version, { name: 'nginx', version });
    expect(summary([nginx('Debian:7', '1.2.1-2.2+wheezy2'), nginx('Debian:7', '1.2.1-2.2+wheezy3'), nginx('Debian:8', '1.2.1-2.2+wheezy2')]).findings).toEqual([
      { id: 'CVE-2014-3616', at: 'Debian:7/nginx-full@1.2.1-2.2+wheezy2', severity: 'medium', safe: '1.2.1-2.2+wheezy3' },
    ]);
  });

  it('Ubuntu: a release without the :LTS tag matches; the CVSS vector outranks the Ubuntu priority', () => {
    expect(summary([pkg('Ubuntu:22.04', 'curl', '7.81.0-1ubuntu1.13'), pkg('Ubuntu:22.04', 'curl', '7.81.0-1ubuntu1.14')]).findings).toEqual([
      { id: 'UBUNTU-CVE-2023-38545', at: 'Ubuntu:22.04/curl@7.81.0-1ubuntu1.13', severity: 'critical', safe: '7.81.0-1ubuntu1.14' },
    ]);
  });

  it('AlmaLinux: rpm ordering, severity from the "Moderate:" summary', () => {
    const { findings } = summary([pkg('AlmaLinux:9', 'expat', '2.2.10-12.el9_0.1'), pkg('AlmaLinux:9', 'expat', '2.2.10-12.el9_0.2')]);
    expect(findings.filter((f) => f.id === 'ALSA-2022:5244')).toEqual([
      { id: 'ALSA-2022:5244', at: 'AlmaLinux:9/expat@2.2.10-12.el9_0.1', severity: 'medium', safe: expect.any(String) },
    ]);
  });
});
