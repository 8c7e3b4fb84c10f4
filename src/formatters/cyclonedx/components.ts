import type { LayerRef, ScanResult } from '../../core/model.js';
import type { CdxComponent, CdxProperty } from './cyclonedx-types.js';
import { isNonRuntimeScope, parseDigest, targetName, type SbomPackage } from './sbom-packages.js';

/** The bom-ref of the component that describes the scanned target. */
export const ROOT_REF = 'patchline:target';
export const INFORMATION_URI = 'https://github.com/patchline/patchline';

/** Maven `group:artifact` and npm `@scope/name` carry a group; every other name is kept whole. */
export function splitName(ecosystem: string, name: string): { group?: string; name: string } {
  const at = ecosystem === 'Maven' ? name.lastIndexOf(':') : ecosystem === 'npm' && name.startsWith('@') ? name.indexOf('/') : -1;
  if (at <= 0 || at === name.length - 1) return { name };
  return { group: name.slice(0, at), name: name.slice(at + 1) };
}

/** dev/test/build groups are `excluded` (not used at run time, per the spec), `optional`/`peer` are optional. */
export function cdxScope(scope: string | undefined): CdxComponent['scope'] {
  if (isNonRuntimeScope(scope)) return 'excluded';
  if (scope !== undefined && /^(optional|peer)$/i.test(scope)) return 'optional';
  return 'required';
}

export function libraryComponent(p: SbomPackage): CdxComponent {
  const properties: CdxProperty[] = [{ name: 'patchline:ecosystem', value: p.ecosystem }];
  for (const loc of p.locations) properties.push({ name: 'patchline:location', value: loc });
  if (p.direct !== undefined) properties.push({ name: 'patchline:direct', value: String(p.direct) });
  if (p.scope !== undefined) properties.push({ name: 'patchline:scope', value: p.scope });
  if (p.constraint !== undefined) properties.push({ name: 'patchline:constraint', value: p.constraint });
  if (p.source) properties.push({ name: 'patchline:source-package', value: `${p.source.name}@${p.source.version}` });
  if (p.layer) properties.push(...layerProperties(p.layer, 'patchline:layer'));
  return {
    type: 'library',
    'bom-ref': p.ref,
    ...splitName(p.ecosystem, p.name),
    ...(p.version !== '' && { version: p.version }),
    scope: cdxScope(p.scope),
    ...(p.purl !== '' && { purl: p.purl }),
    properties,
  };
}

/** The target: an application for a directory, git or URL target, a container for an image (with its digest). */
export function targetComponent(result: ScanResult): CdxComponent {
  const { target } = result;
  const digest = parseDigest(target.digest);
  const properties: CdxProperty[] = [{ name: 'patchline:target:kind', value: target.kind }];
  if (target.digest) properties.push({ name: 'patchline:target:digest', value: target.digest });
  target.layers?.forEach((layer, i) => properties.push(...layerProperties(layer, `patchline:target:layer:${i}`)));
  return {
    type: target.kind === 'image' ? 'container' : 'application',
    'bom-ref': ROOT_REF,
    name: targetName(target),
    ...(digest && { hashes: [{ alg: digest.alg, content: digest.hex }] }),
    properties,
  };
}

export function toolComponent(result: ScanResult): CdxComponent {
  return {
    type: 'application',
    name: result.tool.name,
    version: result.tool.version,
    externalReferences: [{ type: 'website', url: INFORMATION_URI }],
  };
}

function layerProperties(layer: LayerRef, prefix: string): CdxProperty[] {
  return [{ name: `${prefix}:diffId`, value: layer.diffId }, ...(layer.createdBy ? [{ name: `${prefix}:createdBy`, value: layer.createdBy }] : [])];
}
