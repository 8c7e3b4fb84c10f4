import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../core/model.js';
import { loadSample } from '../testdata/golden.js';
import { loadSbomSample } from '../testdata/sbom-sample.js';
import { cyclonedxFormatter } from './index.js';

/** The CycloneDX library's own validator against its strict 1.6 JSON schema (no extra properties). */
const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);

async function errorsOf(text: string): Promise<unknown> {
  return validator.validate(text);
}

const sbom = loadSbomSample();
const variants: Record<string, ScanResult> = {
  sbom,
  demo: loadSample(),
  empty: { ...sbom, packages: [], findings: [] },
  image: { ...sbom, target: { kind: 'image', ref: 'registry.example/app:1.0', digest: `sha256:${'0f'.repeat(32)}` } },
};

describe('CycloneDX output', () => {
  it.each(Object.entries(variants))('of the %s result is valid CycloneDX 1.6 (strict schema)', async (_name, result) => {
    expect(await errorsOf(cyclonedxFormatter.render(result, { color: false }))).toBeNull();
  });

  it('fails validation when a field is broken, so the check above can fail', async () => {
    const broken = JSON.parse(cyclonedxFormatter.render(sbom, { color: false })) as { components: { scope: string }[]; vulnerabilities: { ratings: { method: string }[] }[] };
    broken.components[0]!.scope = 'dev';
    expect(JSON.stringify(await errorsOf(JSON.stringify(broken)))).toMatch(/scope|allowed values/);
    const badRating = JSON.parse(cyclonedxFormatter.render(sbom, { color: false })) as typeof broken;
    badRating.vulnerabilities[0]!.ratings[0]!.method = 'CVSS3.1';
    expect(await errorsOf(JSON.stringify(badRating))).not.toBeNull();
  });
});
