import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../core/model.js';
import { loadSample } from '../testdata/golden.js';
import { loadSbomSample, validateSpdxSchema } from '../testdata/sbom-sample.js';
import { spdxFormatter } from './index.js';

const sbom = loadSbomSample();
const variants: Record<string, ScanResult> = {
  sbom,
  demo: loadSample(),
  empty: { ...sbom, packages: [], findings: [] },
  image: { ...sbom, target: { kind: 'image', ref: 'registry.example/app:1.0', digest: `sha256:${'0f'.repeat(32)}` } },
};

// The 2.3 schema leaves these as plain strings; the spec (and the 2.3.1 errata schema) constrain them.
const SPDX_ID = /^SPDXRef-[A-Za-z0-9.-]+$/;
const SPDX_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;

describe('SPDX output', () => {
  it.each(Object.entries(variants))('of the %s result is valid against the official SPDX 2.3 schema', (_name, result) => {
    const doc = JSON.parse(spdxFormatter.render(result, { color: false })) as { packages: { SPDXID: string }[]; creationInfo: { created: string } };
    expect(validateSpdxSchema(doc)).toEqual([]);
    expect(doc.packages.map((p) => p.SPDXID).filter((id) => !SPDX_ID.test(id))).toEqual([]);
    expect(doc.creationInfo.created).toMatch(SPDX_DATE);
  });

  it('fails validation when a field is broken, so the check above can fail', () => {
    type Doc = { packages: { filesAnalyzed: unknown }[]; relationships: { relationshipType: string }[] };
    const broken = JSON.parse(spdxFormatter.render(sbom, { color: false })) as Doc;
    broken.packages[1]!.filesAnalyzed = 'no';
    expect(validateSpdxSchema(broken).join('\n')).toMatch(/\/packages\/1\/filesAnalyzed must be boolean/);
    const badRelation = JSON.parse(spdxFormatter.render(sbom, { color: false })) as Doc;
    badRelation.relationships[0]!.relationshipType = 'USES';
    expect(validateSpdxSchema(badRelation).join('\n')).toMatch(/relationshipType/);
    const missing = JSON.parse(spdxFormatter.render(sbom, { color: false })) as Record<string, unknown>;
    delete missing.documentNamespace;
    expect(validateSpdxSchema(missing).join('\n')).toMatch(/documentNamespace/);
  });
});
