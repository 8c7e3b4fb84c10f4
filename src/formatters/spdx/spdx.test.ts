import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../core/model.js';
import { compareGolden, loadSample } from '../testdata/golden.js';
import { loadSbomSample, redactSbom } from '../testdata/sbom-sample.js';
import { documentNamespace, packageId, sanitizeIdPart } from './ids.js';
import { spdxDate, spdxFormatter, toSpdx } from './index.js';
import type { SpdxDocument } from './spdx-types.js';

const sample = loadSbomSample();
const render = (r: ScanResult): SpdxDocument => JSON.parse(spdxFormatter.render(r, { color: false })) as SpdxDocument;
const SPDX_ID = /^SPDXRef-[A-Za-z0-9.-]+$/;

describe('spdx formatter', () => {
  const doc = render(sample);
  const byName = new Map(doc.packages.map((p) => [p.name, p]));

  it('matches the golden file', () => {
    const { expected, actual } = compareGolden('demo', 'spdx', redactSbom(spdxFormatter.render(sample, { color: false })));
    expect(actual).toBe(expected);
  });

  it('writes the SPDX 2.3 document header and creation info', () => {
    expect(doc).toMatchObject({ spdxVersion: 'SPDX-2.3', dataLicense: 'CC0-1.0', SPDXID: 'SPDXRef-DOCUMENT', name: 'examples/flask-app' });
    expect(doc.documentNamespace).toMatch(/^https:\/\/github\.com\/patchline\/patchline\/spdx\/directory\/examples-flask-app-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(doc.creationInfo).toEqual({ created: '2025-06-02T09:14:03Z', creators: ['Tool: patchline-0.1.0'] });
  });

  it('gives every package a unique, valid SPDX id and the purl as a PACKAGE-MANAGER reference', () => {
    const ids = doc.packages.map((p) => p.SPDXID);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SPDX_ID);
    const core = byName.get('@babel/core')!;
    expect(core.SPDXID).toMatch(/^SPDXRef-Package-npm-babel-core-[0-9a-f]{16}$/);
    expect(core).toMatchObject({
      versionInfo: '7.24.0',
      supplier: 'NOASSERTION',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/%40babel/core@7.24.0' }],
      sourceInfo: 'npm package found in: static/package-lock.json:12',
      comment: 'direct dependency; scope: dev',
    });
    expect(byName.get('org.apache.logging.log4j:log4j-core')!.externalRefs![0]!.referenceLocator).toBe('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1');
  });

  it('describes the target as a root package that depends on the direct packages and contains the rest', () => {
    expect(doc.packages[0]).toMatchObject({ SPDXID: 'SPDXRef-RootPackage', name: 'examples/flask-app', primaryPackagePurpose: 'APPLICATION' });
    expect(doc.relationships[0]).toEqual({ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-RootPackage' });
    const idOf = (name: string): string => byName.get(name)!.SPDXID;
    const rel = (type: string): string[] => doc.relationships.filter((r) => r.relationshipType === type).map((r) => r.relatedSpdxElement).sort();
    expect(rel('DEPENDS_ON')).toEqual(sample.packages.filter((p) => p.direct).map((p) => idOf(p.name)).sort());
    expect(rel('CONTAINS')).toEqual(['lodash', 'com.fasterxml.jackson.core:jackson-databind', 'requests'].map(idOf).sort());
    const known = new Set([doc.SPDXID, ...doc.packages.map((p) => p.SPDXID)]);
    for (const r of doc.relationships) expect(known.has(r.spdxElementId) && known.has(r.relatedSpdxElement)).toBe(true);
    expect(doc.relationships).toHaveLength(doc.packages.length);
  });

  it('never carries findings other than as packages (no secrets, no evidence)', () => {
    const text = spdxFormatter.render(sample, { color: false });
    expect(text).not.toContain('AKIA');
    expect(text).not.toContain('CVE-');
  });

  it('is deterministic for one result and gives every scan its own namespace', () => {
    expect(spdxFormatter.render(structuredClone(sample), { color: false })).toBe(spdxFormatter.render(sample, { color: false }));
    expect(render({ ...sample, startedAt: '2025-06-03T09:14:03.512Z' }).documentNamespace).not.toBe(doc.documentNamespace);
    expect(render(loadSample()).documentNamespace).not.toBe(doc.documentNamespace);
  });

  it('describes an image as a container with its digest as a checksum', () => {
    const digest = `sha256:${'cd'.repeat(32)}`;
    const image = render({ ...sample, target: { kind: 'image', ref: 'registry.example/app:1.0', digest } });
    expect(image.packages[0]).toMatchObject({ primaryPackagePurpose: 'CONTAINER', versionInfo: digest, checksums: [{ algorithm: 'SHA256', checksumValue: 'cd'.repeat(32) }] });
    expect(image.documentNamespace).toContain('/spdx/image/registry.example-app-1.0-');
  });

  it('sanitizes ids from hostile names and keeps packages with the same name apart', () => {
    expect(sanitizeIdPart('@scope/na me_ü!!')).toBe('scope-na-me');
    expect(sanitizeIdPart('x'.repeat(500))).toHaveLength(64);
    const a = packageId({ ecosystem: 'npm', name: '@a/b', ref: 'pkg:npm/%40a/b@1' });
    const b = packageId({ ecosystem: 'npm', name: '@a/b', ref: 'pkg:npm/%40a/b@2' });
    expect(a).not.toBe(b);
    expect(packageId({ ecosystem: '', name: '\u202e\u0000', ref: 'x' })).toMatch(/^SPDXRef-Package-[0-9a-f]{16}$/);
    const ns = documentNamespace('https://h', { kind: 'directory', ref: '.' }, '.', 'u');
    expect(ns).toBe('https://h/spdx/directory/target-u');
  });

  it('escapes hostile scanned text and masks credentials in the target', () => {
    const hostile = structuredClone(sample);
    hostile.packages[0]!.name = 'evil\u001b[2J\u202ename';
    hostile.target.ref = 'https://user:s3cretpass@git.example/repo.git';
    const text = spdxFormatter.render(hostile, { color: false });
    expect(text).not.toMatch(/[\u001b\u202e]/);
    expect(text).not.toContain('s3cretpass');
    const parsed = JSON.parse(text) as SpdxDocument;
    expect(parsed.packages.every((p) => SPDX_ID.test(p.SPDXID))).toBe(true);
  });

  it('writes SPDX dates to the second in UTC, and survives an unreadable one', () => {
    expect(spdxDate('2025-06-02T11:14:03.999+02:00')).toBe('2025-06-02T09:14:03Z');
    expect(spdxDate('yesterday')).toBe('1970-01-01T00:00:00Z');
  });

  it('renders an empty result as the root package alone', () => {
    const empty = toSpdx({ ...sample, packages: [], findings: [] });
    expect(empty.packages.map((p) => p.SPDXID)).toEqual(['SPDXRef-RootPackage']);
    expect(empty.relationships).toHaveLength(1);
  });
});
