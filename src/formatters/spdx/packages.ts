import type { LayerRef, ScanResult } from '../../core/model.js';
import { parseDigest, targetName, type SbomPackage } from '../cyclonedx/sbom-packages.js';
import { packageId, ROOT_ID } from './ids.js';
import type { SpdxChecksum, SpdxPackage } from './spdx-types.js';

const UNKNOWN = 'NOASSERTION' as const;

/** SPDX writes `SHA256`, CycloneDX `SHA-256`. */
function checksum(digest: string | undefined): SpdxChecksum[] | undefined {
  const d = parseDigest(digest);
  if (!d) return undefined;
  return [{ algorithm: d.alg.replace('-', '') as SpdxChecksum['algorithm'], checksumValue: d.hex }];
}

/** The package that stands for the scanned target; the document DESCRIBES it. */
export function rootPackage(result: ScanResult): SpdxPackage {
  const sums = checksum(result.target.digest);
  return {
    name: targetName(result.target),
    SPDXID: ROOT_ID,
    ...(result.target.digest && { versionInfo: result.target.digest }),
    supplier: UNKNOWN,
    downloadLocation: UNKNOWN,
    filesAnalyzed: false,
    ...(sums && { checksums: sums }),
    licenseConcluded: UNKNOWN,
    licenseDeclared: UNKNOWN,
    copyrightText: UNKNOWN,
    comment: `The ${result.target.kind} scanned by ${result.tool.name}.${layersText(result)}`,
    primaryPackagePurpose: result.target.kind === 'image' ? 'CONTAINER' : 'APPLICATION',
  };
}

/** What the package record tells beyond name and version: its ecosystem, group and how it was pinned. */
function comment(p: SbomPackage): string | undefined {
  const parts = [
    p.direct === undefined ? '' : p.direct ? 'direct dependency' : 'transitive dependency',
    p.scope ? `scope: ${p.scope}` : '',
    p.constraint ? `constraint: ${p.constraint}` : '',
    p.source ? `source package: ${p.source.name}@${p.source.version}` : '',
    p.layer ? `installed by layer ${layerText(p.layer)}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

export function spdxPackage(p: SbomPackage): SpdxPackage {
  const note = comment(p);
  return {
    name: p.name,
    SPDXID: packageId(p),
    ...(p.version !== '' && { versionInfo: p.version }),
    supplier: UNKNOWN,
    downloadLocation: UNKNOWN,
    filesAnalyzed: false,
    ...(p.locations.length > 0 && { sourceInfo: `${p.ecosystem} package found in: ${p.locations.join(', ')}` }),
    licenseConcluded: UNKNOWN,
    licenseDeclared: UNKNOWN,
    copyrightText: UNKNOWN,
    ...(note && { comment: note }),
    ...(p.purl !== '' && { externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: p.purl }] }),
    primaryPackagePurpose: 'LIBRARY',
  };
}

function layerText(layer: LayerRef): string {
  return layer.createdBy ? `${layer.diffId} (${layer.createdBy.replace(/\s+/g, ' ')})` : layer.diffId;
}

function layersText(result: ScanResult): string {
  const layers = result.target.layers ?? [];
  return layers.length > 0 ? ` Layers, bottom first: ${layers.map(layerText).join('; ')}.` : '';
}
