import type { ScanResult } from '../../core/model.js';
import { INFORMATION_URI } from '../cyclonedx/components.js';
import { compareText, documentUuid, sbomPackages, targetName } from '../cyclonedx/sbom-packages.js';
import { stringifySafe } from '../shared/stringify.js';
import type { Formatter, RenderOptions } from '../types.js';
import { DOCUMENT_ID, documentNamespace, packageId, ROOT_ID } from './ids.js';
import { rootPackage, spdxPackage } from './packages.js';
import type { SpdxDocument, SpdxRelationship } from './spdx-types.js';

/** SPDX dates are UTC to the second: `2025-06-02T09:14:03Z`. An unreadable date becomes the epoch rather than an error. */
export function spdxDate(iso: string): string {
  const t = Date.parse(iso);
  return new Date(Number.isNaN(t) ? 0 : t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * An SPDX 2.3 document of the scan: a root package for the target (DESCRIBES), one package per package
 * found with its purl as a PACKAGE-MANAGER external reference, the root DEPENDS_ON each direct package
 * and CONTAINS the others. Licences are NOASSERTION: patchline does not read them (yet).
 * Deterministic: `created` is the scan's start and the namespace UUID is derived from the result.
 */
export function toSpdx(result: ScanResult): SpdxDocument {
  const name = targetName(result.target);
  const packages = sbomPackages(result);
  const relationships: SpdxRelationship[] = packages
    .map((p): SpdxRelationship => ({ spdxElementId: ROOT_ID, relationshipType: p.direct ? 'DEPENDS_ON' : 'CONTAINS', relatedSpdxElement: packageId(p) }))
    .sort((a, b) => compareText(a.relationshipType, b.relationshipType) || compareText(a.relatedSpdxElement, b.relatedSpdxElement));
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: DOCUMENT_ID,
    name,
    documentNamespace: documentNamespace(INFORMATION_URI, result.target, name, documentUuid(result, 'spdx')),
    creationInfo: {
      created: spdxDate(result.startedAt),
      creators: [`Tool: ${result.tool.name}-${result.tool.version}`],
    },
    packages: [rootPackage(result), ...packages.map(spdxPackage)],
    relationships: [{ spdxElementId: DOCUMENT_ID, relationshipType: 'DESCRIBES', relatedSpdxElement: ROOT_ID }, ...relationships],
  };
}

export const spdxFormatter = {
  meta: {
    id: 'spdx',
    version: '1.0.0',
    summary: 'SPDX 2.3 JSON SBOM of the packages found, with purls and dependency relationships.',
  },
  extension: 'json',
  render(result: ScanResult, _options?: RenderOptions): string {
    return stringifySafe(toSpdx(result));
  },
} satisfies Formatter;
