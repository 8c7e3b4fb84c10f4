import type { ScanResult } from '../../core/model.js';
import { stringifySafe } from '../shared/stringify.js';
import type { Formatter, RenderOptions } from '../types.js';
import { libraryComponent, ROOT_REF, targetComponent, toolComponent } from './components.js';
import type { CdxBom } from './cyclonedx-types.js';
import { documentUuid, sbomPackages } from './sbom-packages.js';
import { vulnerabilities } from './vulnerabilities.js';

export const CYCLONEDX_SCHEMA = 'http://cyclonedx.org/schema/bom-1.6.schema.json';

/**
 * A CycloneDX 1.6 BOM of the scan: the target as metadata.component, one library component per package
 * (bom-ref = purl), the root depending on the direct packages, and the vulnerability findings as
 * `vulnerabilities` whose `affects` point at those components, so the BOM can carry VEX data.
 * Deterministic: the timestamp is the scan's start and the serial number is derived from the result.
 */
export function toCycloneDx(result: ScanResult): CdxBom {
  const packages = sbomPackages(result);
  const direct = packages.filter((p) => p.direct === true).map((p) => p.ref);
  const vulns = vulnerabilities(result);
  return {
    $schema: CYCLONEDX_SCHEMA,
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${documentUuid(result, 'cyclonedx')}`,
    version: 1,
    metadata: {
      timestamp: result.startedAt,
      tools: { components: [toolComponent(result)] },
      component: targetComponent(result),
    },
    components: packages.map(libraryComponent),
    dependencies: [{ ref: ROOT_REF, dependsOn: direct }],
    ...(vulns.length > 0 && { vulnerabilities: vulns }),
  };
}

export const cyclonedxFormatter = {
  meta: {
    id: 'cyclonedx',
    version: '1.0.0',
    summary: 'CycloneDX 1.6 JSON SBOM of the packages found, with vulnerability findings (VEX-ready).',
  },
  extension: 'json',
  render(result: ScanResult, _options?: RenderOptions): string {
    return stringifySafe(toCycloneDx(result));
  },
} satisfies Formatter;
