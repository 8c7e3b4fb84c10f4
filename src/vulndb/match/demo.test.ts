import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePackage } from '../../catalogers/shared/package.js';
import type { Package } from '../../core/model.js';
import type { DraftFinding } from '../../scanners/types.js';
import { pep440Scheme } from '../../versioning/pep440/index.js';
import { affects } from './affects.js';
import { matchPackages } from './match-packages.js';
import { loadAdvisories, memoryDb, OSV_FIXTURES } from './testdata/memory-db.js';
import { issueSink } from './types.js';

const demo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../examples/flask-app');

/** The demo's pins, read with a plain `name==version` pattern (independent of the requirements cataloger). */
function demoPins(): Package[] {
  return readFileSync(path.join(demo, 'requirements.txt'), 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const m = /^\s*([A-Za-z0-9_.-]+)==([^\s;#]+)/.exec(line);
      return m ? [makePackage({ ecosystem: 'PyPI', name: m[1]!, version: m[2]!, path: 'requirements.txt', line: i + 1, direct: true })] : [];
    });
}

/**
 * The advisories in fixtures/osv/PyPI (PYSEC snapshot 2024-10-10 plus the GHSA records) that affect each
 * pin. Derived independently: every record's ECOSYSTEM ranges (events sorted, per the OSV spec) and
 * `versions[]` evaluated for the pinned version with Python's `packaging.version.Version`, then checked
 * by hand against the records and against VULNERABILITIES.md rows V55–V62 (`check_lines.py --osv`
 * reports no problem). Pins absent here (markupsafe, click, boto3, six …) have no affecting record.
 */
const EXPECTED_ADVISORIES: Record<string, string[]> = {
  certifi: ['GHSA-xqr8-7jwr-rhp7', 'PYSEC-2022-42986', 'PYSEC-2023-135'],
  flask: ['GHSA-m2qf-hxjv-5gpq', 'PYSEC-2018-66', 'PYSEC-2019-179', 'PYSEC-2023-62'],
  idna: ['GHSA-jjg7-2v4v-x38h', 'PYSEC-2024-60'],
  jinja2: ['GHSA-h5c8-rqwp-cp95', 'PYSEC-2019-217', 'PYSEC-2021-66'],
  pyyaml: ['PYSEC-2020-96', 'PYSEC-2021-142'],
  requests: ['GHSA-j8r2-6x86-q33q', 'PYSEC-2018-28', 'PYSEC-2023-74'],
  urllib3: ['GHSA-v845-jxx5-vc9f', 'PYSEC-2019-132', 'PYSEC-2019-133', 'PYSEC-2020-148', 'PYSEC-2021-108', 'PYSEC-2023-192', 'PYSEC-2023-207', 'PYSEC-2023-212'],
  werkzeug: ['GHSA-hrfv-mqp8-q5rw', 'GHSA-xg9f-g7g7-2323', 'PYSEC-2019-140', 'PYSEC-2022-203', 'PYSEC-2023-221', 'PYSEC-2023-57', 'PYSEC-2023-58'],
};

/**
 * The lowest version above the pin that no record of the package affects, computed the same independent
 * way over every version the records name. werkzeug is 3.0.1, not 2.3.8: PYSEC-2023-221 fixes
 * CVE-2023-46136 in 2.3.8 but the GHSA record of the same CVE lists [0, 3.0.1).
 */
const EXPECTED_SAFE: Record<string, string> = {
  certifi: '2023.07.22',
  flask: '2.2.5',
  idna: '3.7',
  jinja2: '3.1.3',
  pyyaml: '5.4',
  requests: '2.31.0',
  urllib3: '1.26.18',
  werkzeug: '3.0.1',
};

const advisories = loadAdvisories(path.join(OSV_FIXTURES, 'PyPI'));
const pins = demoPins();
const pypi = (ecosystem: string) => (ecosystem === 'PyPI' ? pep440Scheme : undefined);

function byPackage(findings: readonly DraftFinding[]): Record<string, DraftFinding[]> {
  const out: Record<string, DraftFinding[]> = {};
  for (const f of findings) if (f.location.kind === 'package') (out[f.location.name] ??= []).push(f);
  return out;
}

/** VULNERABILITIES.md's sca rows: requirements.txt line → the CVEs its notes name. */
function scaRows(): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  for (const line of readFileSync(path.join(demo, 'VULNERABILITIES.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[6] === 'sca' && cells[2] === 'requirements.txt') rows.set(Number(cells[3]), cells[7]!.match(/CVE-\d{4}-\d+/g) ?? []);
  }
  return rows;
}

describe('the demo app against the real PYSEC and GHSA records', () => {
  it('reads the pins and the fixtures it needs', () => {
    expect(pins.map((p) => p.name)).toEqual(expect.arrayContaining(['flask', 'werkzeug', 'jinja2', 'requests', 'urllib3', 'pyyaml', 'idna', 'certifi']));
    expect(advisories.length).toBeGreaterThan(200);
  });

  it('every affecting advisory matches each pin, and no other', () => {
    const issues = issueSink();
    const found: Record<string, string[]> = {};
    for (const pkg of pins) {
      const ids = advisories.filter((a) => affects(a, pkg, pep440Scheme, issues)).map((a) => a.id);
      if (ids.length > 0) found[pkg.name] = ids.sort();
    }
    expect(found).toEqual(EXPECTED_ADVISORIES);
  });

  it('merges aliases into one finding per CVE and finds every CVE of the sca rows', () => {
    const { findings } = matchPackages(pins, memoryDb(advisories), pypi);
    const grouped = byPackage(findings);
    for (const [name, ids] of Object.entries(EXPECTED_ADVISORIES)) {
      const mine = grouped[name] ?? [];
      const all = mine.flatMap((f) => [f.ruleId, ...f.aliases]);
      expect(all, `${name}: every matched advisory is named`).toEqual(expect.arrayContaining(ids));
      expect(new Set(mine.map((f) => f.ruleId)).size, `${name}: one finding per vulnerability`).toBe(mine.length);
      expect(mine.every((f) => f.ruleId.startsWith('CVE-')), `${name}: reported under CVE ids`).toBe(true);
    }
    expect(Object.keys(grouped).sort()).toEqual(Object.keys(EXPECTED_ADVISORIES).sort());

    const rows = scaRows();
    expect(rows.size).toBe(8);
    for (const [line, cves] of rows) {
      const pkg = pins.find((p) => p.locations[0]?.line === line)!;
      const ruleIds = (grouped[pkg.name] ?? []).map((f) => f.ruleId).sort();
      expect(ruleIds, `${pkg.name} (requirements.txt:${line})`).toEqual([...cves].sort());
    }
  });

  it('a CVE with PYSEC and GHSA records is one finding that lists both', () => {
    const { findings } = matchPackages(pins, memoryDb(advisories), pypi);
    const flask = findings.filter((f) => f.location.kind === 'package' && f.location.name === 'flask');
    expect(flask.filter((f) => f.ruleId === 'CVE-2023-30861')).toEqual([
      expect.objectContaining({
        aliases: ['GHSA-m2qf-hxjv-5gpq', 'PYSEC-2023-62'],
        title: 'Flask vulnerable to possible disclosure of permanent session cookie due to missing Vary: Cookie header',
        severity: 'high',
        confidence: 'high',
        cvss: { version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', score: 7.5 },
        location: { kind: 'package', ecosystem: 'PyPI', name: 'flask', version: '0.12.2', path: 'requirements.txt', line: 2 },
        fixedVersions: ['2.2.5', '2.3.2'],
        safeVersion: '2.2.5',
        fix: 'Upgrade flask to 2.2.5 (fixes CVE-2023-30861); 2.2.5 is also the lowest version with no known advisory.',
        fingerprintContent: 'PyPI/flask@0.12.2/CVE-2023-30861',
      }),
    ]);
    expect(flask.find((f) => f.ruleId === 'CVE-2023-30861')!.references).toEqual(expect.arrayContaining(['https://github.com/pallets/flask/releases/tag/2.2.5']));
  });

  it('gives each vulnerable pin its minimal safe version', () => {
    const { findings } = matchPackages(pins, memoryDb(advisories), pypi);
    const safe = Object.fromEntries(Object.entries(byPackage(findings)).map(([name, fs]) => [name, [...new Set(fs.map((f) => f.safeVersion))]]));
    expect(safe).toEqual(Object.fromEntries(Object.entries(EXPECTED_SAFE).map(([n, v]) => [n, [v]])));
    const werkzeug = findings.find((f) => f.ruleId === 'CVE-2023-46136')!;
    expect(werkzeug).toMatchObject({ fixedVersions: ['2.3.8', '3.0.1'], safeVersion: '3.0.1' });
    expect(werkzeug.fix).toMatch(/^Upgrade werkzeug to 3\.0\.1 \(fixes CVE-2023-46136\)/);
    const pysecOnly = findings.find((f) => f.ruleId === 'CVE-2022-29361')!;
    expect(pysecOnly).toMatchObject({ title: 'CVE-2022-29361', aliases: ['PYSEC-2022-203'], severity: 'medium', confidence: 'medium' });
    expect(pysecOnly.message).toBe(
      'werkzeug 0.14.1 is affected by CVE-2022-29361, PYSEC-2022-203: ** DISPUTED ** Improper parsing of HTTP requests in Pallets Werkzeug v2.1.0 and below allows attackers to perform HTTP Request Smuggling using a crafted HTTP request with multiple requests included inside the body.',
    );
    const old = findings.find((f) => f.ruleId === 'CVE-2018-1000656')!;
    expect(old.fix).toBe('Upgrade flask to 0.12.3 (fixes CVE-2018-1000656); 2.2.5 is the lowest version with no known advisory of flask.');
  });

  it('evaluates events in version order, not as written (PYSEC-2023-192 lists 2.0.0 before 0)', () => {
    const pysec = advisories.find((a) => a.id === 'PYSEC-2023-192')!;
    const at = (v: string) => affects(pysec, makePackage({ ecosystem: 'PyPI', name: 'urllib3', version: v, path: 'r.txt' }), pep440Scheme) !== undefined;
    expect(['1.26.16', '1.26.17', '2.0.1', '2.0.6'].map(at)).toEqual([true, false, true, false]);
  });

  it('reports nothing for the pins no record affects, and raises no issues on the real data', () => {
    const { findings, issues } = matchPackages(pins, memoryDb(advisories), pypi);
    const clean = pins.map((p) => p.name).filter((n) => !(n in EXPECTED_ADVISORIES));
    expect(findings.filter((f) => f.location.kind === 'package' && clean.includes(f.location.name))).toEqual([]);
    expect(issues).toEqual([]);
  });
});
