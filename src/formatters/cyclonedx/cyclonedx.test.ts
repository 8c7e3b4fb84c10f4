import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../core/model.js';
import { compareGolden, loadSample } from '../testdata/golden.js';
import { loadSbomSample, redactSbom } from '../testdata/sbom-sample.js';
import { cdxScope, splitName } from './components.js';
import type { CdxBom } from './cyclonedx-types.js';
import { cyclonedxFormatter, toCycloneDx } from './index.js';
import { advisorySource, cvssMethod } from './vulnerabilities.js';

const sample = loadSbomSample();
const render = (r: ScanResult): CdxBom => JSON.parse(cyclonedxFormatter.render(r, { color: false })) as CdxBom;
const prop = (c: { properties?: { name: string; value: string }[] }, name: string): string[] =>
  (c.properties ?? []).filter((p) => p.name === name).map((p) => p.value);

describe('cyclonedx formatter', () => {
  const bom = render(sample);

  it('matches the golden file', () => {
    const { expected, actual } = compareGolden('demo', 'cyclonedx', redactSbom(cyclonedxFormatter.render(sample, { color: false })));
    expect(actual).toBe(expected);
  });

  it('writes the CycloneDX 1.6 header, a urn:uuid serial number and the tool', () => {
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 });
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bom.metadata.timestamp).toBe(sample.startedAt);
    expect(bom.metadata.tools.components).toEqual([expect.objectContaining({ type: 'application', name: 'patchline', version: '0.1.0' })]);
    expect(bom.metadata.component).toMatchObject({ type: 'application', name: 'examples/flask-app', 'bom-ref': 'patchline:target' });
  });

  it('lists one library per package, sorted by a bom-ref that is its purl', () => {
    const refs = bom.components.map((c) => c['bom-ref']!);
    expect(refs).toEqual([...refs].sort());
    expect(new Set(refs).size).toBe(refs.length);
    for (const c of bom.components) {
      expect(c.type).toBe('library');
      expect(c['bom-ref']).toBe(c.purl);
    }
    // the requests advisory names a package the catalogers did not list: it is added so `affects` resolves
    expect(refs).toEqual(expect.arrayContaining([...sample.packages.map((p) => p.purl), 'pkg:pypi/requests@2.19.1']));
    expect(refs).toHaveLength(sample.packages.length + 1);
  });

  it('splits Maven and scoped npm names into group and name', () => {
    const byPurl = new Map(bom.components.map((c) => [c.purl, c]));
    expect(byPurl.get('pkg:npm/%40babel/core@7.24.0')).toMatchObject({ group: '@babel', name: 'core', version: '7.24.0', scope: 'excluded' });
    expect(byPurl.get('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1')).toMatchObject({ group: 'org.apache.logging.log4j', name: 'log4j-core', scope: 'required' });
    expect(byPurl.get('pkg:npm/lodash@4.17.20')).not.toHaveProperty('group');
    expect(splitName('npm', 'lodash')).toEqual({ name: 'lodash' });
    expect(splitName('Go', 'github.com/a/b')).toEqual({ name: 'github.com/a/b' });
    expect(splitName('Maven', 'broken:')).toEqual({ name: 'broken:' });
  });

  it('keeps each location and whether the package is direct as properties', () => {
    const urllib3 = bom.components.find((c) => c.name === 'urllib3')!;
    expect(prop(urllib3, 'patchline:location')).toEqual(['requirements.txt:10', 'static/requirements-docs.txt:3']);
    expect(prop(urllib3, 'patchline:direct')).toEqual(['true']);
    expect(prop(bom.components.find((c) => c.name === 'lodash')!, 'patchline:direct')).toEqual(['false']);
  });

  it('maps dependency groups to CycloneDX scopes', () => {
    expect([undefined, 'main', 'dev', 'test', 'optional', 'peer'].map(cdxScope)).toEqual(['required', 'required', 'excluded', 'excluded', 'optional', 'optional']);
  });

  it('makes the target depend on the direct packages only', () => {
    const direct = sample.packages.filter((p) => p.direct).map((p) => p.purl).sort();
    expect(bom.dependencies).toEqual([{ ref: 'patchline:target', dependsOn: direct }]);
    expect(direct).not.toContain('pkg:npm/lodash@4.17.20');
  });

  it('lists vulnerability findings (and nothing else) with ratings, affects and the fix', () => {
    const vulns = bom.vulnerabilities!;
    const vulnFindings = sample.findings.filter((f) => f.category === 'vulnerability');
    expect(vulns.map((v) => v.id)).toEqual(vulnFindings.map((f) => f.ruleId).sort());
    const refs = new Set(bom.components.map((c) => c['bom-ref']));
    for (const v of vulns) expect(v.affects.every((a) => refs.has(a.ref))).toBe(true);
    const log4shell = vulns.find((v) => v.id === 'CVE-2021-44228')!;
    expect(log4shell).toMatchObject({
      source: { name: 'NVD', url: 'https://nvd.nist.gov/vuln/detail/CVE-2021-44228' },
      references: [{ id: 'GHSA-jfh8-c2jp-5v3q', source: { name: 'GitHub Advisories' } }],
      ratings: [{ severity: 'critical', score: 10, method: 'CVSSv31', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H' }],
      cwes: [20, 400, 502, 917],
      description: 'Remote code injection in Log4j',
      recommendation: 'Upgrade org.apache.logging.log4j:log4j-core to 2.15.0 or later.',
      affects: [{ ref: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1' }],
    });
    expect(vulns.find((v) => v.id === 'CVE-2019-14806')).toMatchObject({
      ratings: [{ severity: 'high', method: 'other' }],
      analysis: { response: ['will_not_fix'], detail: expect.stringContaining('the debugger is never enabled') },
    });
    const text = cyclonedxFormatter.render(sample, { color: false });
    expect(text).not.toContain('PL-SECRET-AWS-ACCESS-KEY');
    expect(text).not.toContain('AKIA');
  });

  it('names advisory sources and CVSS methods', () => {
    expect(advisorySource('GHSA-35jh-r3h4-6jhm').name).toBe('GitHub Advisories');
    expect(advisorySource('PYSEC-2020-96')).toEqual({ name: 'OSV', url: 'https://osv.dev/vulnerability/PYSEC-2020-96' });
    expect(advisorySource('not an id')).toEqual({ name: 'patchline' });
    expect(['3.1', '3.0', '4.0', '2.0', '9'].map(cvssMethod)).toEqual(['CVSSv31', 'CVSSv3', 'CVSSv4', 'CVSSv2', 'other']);
  });

  it('is deterministic for one result and gives every scan its own serial number', () => {
    expect(cyclonedxFormatter.render(structuredClone(sample), { color: false })).toBe(cyclonedxFormatter.render(sample, { color: false }));
    const later = render({ ...sample, startedAt: '2025-06-03T09:14:03.512Z' });
    expect(later.serialNumber).not.toBe(bom.serialNumber);
    expect(render(loadSample()).serialNumber).not.toBe(bom.serialNumber);
  });

  it('describes an image as a container with its digest', () => {
    const digest = `sha256:${'ab'.repeat(32)}`;
    const image = render({ ...sample, target: { kind: 'image', ref: 'registry.example/app:1.0', digest } });
    expect(image.metadata.component).toMatchObject({ type: 'container', name: 'registry.example/app:1.0', hashes: [{ alg: 'SHA-256', content: 'ab'.repeat(32) }] });
    expect(prop(image.metadata.component, 'patchline:target:digest')).toEqual([digest]);
    const odd = render({ ...sample, target: { kind: 'image', ref: 'app', digest: 'sha256:short' } });
    expect(odd.metadata.component).not.toHaveProperty('hashes');
  });

  it('merges packages that share a purl and gives purl-less packages a synthetic ref', () => {
    const flask = sample.packages.find((p) => p.name === 'flask')!;
    const twice: ScanResult = {
      ...sample,
      findings: [],
      packages: [flask, { ...flask, ecosystem: 'pypi', locations: [{ path: 'Dockerfile', line: 9 }] }, { ecosystem: 'Debian', name: 'libc6', version: '', purl: '', locations: [] }],
    };
    const out = render(twice);
    expect(out.components).toHaveLength(2);
    expect(prop(out.components.find((c) => c.name === 'flask')!, 'patchline:location')).toEqual(['Dockerfile:9', 'requirements.txt:2']);
    const libc = out.components.find((c) => c.name === 'libc6')!;
    expect(libc['bom-ref']).toBe('pkg-id:Debian/libc6@');
    expect(libc).not.toHaveProperty('purl');
    expect(libc).not.toHaveProperty('version');
  });

  it('escapes hostile scanned text and masks credentials in the target', () => {
    const hostile = structuredClone(sample);
    hostile.packages[0]!.name = 'evil\u001b[2J\u202ename';
    hostile.target.ref = 'https://user:s3cretpass@git.example/repo.git';
    (hostile.findings[0] as Finding).message = 'boom \u009b31m';
    const text = cyclonedxFormatter.render(hostile, { color: false });
    expect(text).not.toMatch(/[\u001b\u009b\u202e]/);
    expect(text).not.toContain('s3cretpass');
    expect(JSON.parse(text).metadata.component.name).toBe('https://user:****@git.example/repo.git');
  });

  it('renders an empty result without vulnerabilities and with an empty dependency list', () => {
    const empty = toCycloneDx({ ...sample, packages: [], findings: [] });
    expect(empty.components).toEqual([]);
    expect(empty.dependencies).toEqual([{ ref: 'patchline:target', dependsOn: [] }]);
    expect(empty).not.toHaveProperty('vulnerabilities');
  });
});
