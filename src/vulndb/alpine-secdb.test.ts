import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { idTokens, isSecdb, SecdbCollector } from './alpine-secdb.js';
import { ImportIssues } from './import-issues.js';
import { SNAPSHOT } from './testdata/helpers.js';

const MODIFIED = '2026-01-01T00:00:00Z';

function secdb(release: string, packages: Record<string, Record<string, string[]>>): unknown {
  return { distroversion: release, reponame: 'main', packages: Object.entries(packages).map(([name, secfixes]) => ({ pkg: { name, secfixes } })) };
}

describe('Alpine secdb conversion', () => {
  it('turns the real v3.10 secdb into ALPINE-<CVE> advisories with a fixed event per package', () => {
    const doc = parse(readFileSync(path.join(SNAPSHOT, 'Alpine-secdb/v3.10-main.yaml'), 'utf8'), { schema: 'failsafe' });
    expect(isSecdb(doc)).toBe(true);
    const c = new SecdbCollector();
    const issues = new ImportIssues();
    expect(c.add(doc, 'v3.10-main.yaml', issues)).toBeGreaterThan(1000);
    const advisories = c.advisories(MODIFIED);
    const a = advisories.find((x) => x.id === 'ALPINE-CVE-2019-1549')!;
    expect(a.upstream).toEqual(['CVE-2019-1549']);
    expect(a.affected).toEqual([{
      package: { ecosystem: 'Alpine:v3.10', name: 'openssl', purl: 'pkg:apk/alpine/openssl?arch=source' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.1.1d-r0' }] }],
    }]);
    expect(a.references).toEqual([{ type: 'ADVISORY', url: 'https://security.alpinelinux.org/vuln/CVE-2019-1549' }]);
    // Versions without -rN (git 2.19.1) are valid Alpine versions and kept.
    expect(advisories.find((x) => x.id === 'ALPINE-CVE-2018-17456')!.affected![0]!.ranges![0]!.events[1]).toEqual({ fixed: '2.19.1' });
    expect(issues.total).toBe(0);
  });

  it('merges one CVE across releases and packages into one advisory', () => {
    const c = new SecdbCollector();
    const issues = new ImportIssues();
    c.add(secdb('v3.10', { openssl: { '1.1.1d-r0': ['CVE-2019-1549'] } }), 'a', issues);
    c.add(secdb('v3.11', { openssl: { '1.1.1d-r1': ['CVE-2019-1549'] }, libressl: { '3.0.2-r0': ['CVE-2019-1549'] } }), 'b', issues);
    const [a] = c.advisories(MODIFIED);
    expect(c.size).toBe(1);
    expect(a!.affected!.map((x) => `${x.package!.ecosystem} ${x.package!.name} ${x.ranges![0]!.events[1]!.fixed}`)).toEqual([
      'Alpine:v3.10 openssl 1.1.1d-r0',
      'Alpine:v3.11 libressl 3.0.2-r0',
      'Alpine:v3.11 openssl 1.1.1d-r1',
    ]);
  });

  it('treats a fix at version 0 as "never affected": an empty range, as osv.dev writes it', () => {
    const c = new SecdbCollector();
    c.add(secdb('v3.12', { busybox: { '0': ['CVE-2021-0001'] } }), 'x', new ImportIssues());
    const [a] = c.advisories(MODIFIED);
    expect(a!.affected![0]!.ranges).toEqual([{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '0' }] }]);
    expect(a!.details).toContain('not affected');
  });

  it('reports invalid versions and entries without an id, naming the file and package', () => {
    const c = new SecdbCollector();
    const issues = new ImportIssues();
    c.add(secdb('v3.11', { xen: { '4.10-1-r1': ['XSA-1'], '4.12.1-r0': ['(nothing)', 'XSA-2'] } }), 'v3.11-main.yaml', issues);
    expect(issues.summary()).toEqual([{ code: 'bad-secdb-entry', count: 2, examples: [
      "v3.11-main.yaml xen: '4.10-1-r1' is not an Alpine version; its fixes are skipped",
      "v3.11-main.yaml xen 4.12.1-r0: '(nothing)' names no advisory id",
    ] }]);
    expect(c.advisories(MODIFIED).map((a) => a.id)).toEqual(['ALPINE-XSA-2']);
    c.add({ distroversion: 'v3.11' }, 'broken.yaml', issues);
    expect(issues.count('malformed-record')).toBe(1);
  });

  it('reads the id tokens secdb writes', () => {
    expect(idTokens('CVE-2019-5060 TALOS-2019-0844')).toEqual(['CVE-2019-5060', 'TALOS-2019-0844']);
    expect(idTokens('CVE-2019-15167 (VRRP)')).toEqual(['CVE-2019-15167']);
    expect(idTokens('CVE-????-?????  XSA-295')).toEqual(['XSA-295']);
    expect(idTokens('CVE-2017-17434-1')).toEqual(['CVE-2017-17434']);
    expect(idTokens('see notes')).toEqual([]);
  });
});
