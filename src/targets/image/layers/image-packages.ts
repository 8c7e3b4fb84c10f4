import { qualifyOsPackage } from '../../../catalogers/os/shared/os-package.js';
import { detectOs, detectOsFromMarkers, type OsInfo } from '../../../catalogers/os/shared/os-release.js';
import type { LayerRef, Package } from '../../../core/model.js';
import { mergePackages } from '../../../core/packages.js';
import type { ImageLayer } from '../types.js';
import type { LayerFacts } from './layer-facts.js';
import type { LayerTree } from './layer-tree.js';

/**
 * The packages of the final file system: those from files no upper layer replaced or deleted, each
 * with the layer that first held that version in that file (the step that installed it), labelled
 * with the image's distribution.
 */
export function imagePackages(tree: LayerTree, facts: readonly LayerFacts[], layers: readonly ImageLayer[], os: OsInfo | undefined): Package[] {
  const found: Package[] = [];
  facts.forEach((layerFacts, index) => {
    for (const [path, packages] of Object.entries(layerFacts.packages)) {
      if (tree.node(path)?.layer !== index) continue;
      for (const pkg of packages) {
        const labelled = os ? qualifyOsPackage(pkg, os) : pkg;
        found.push({ ...labelled, layer: layerRef(layers[installedIn(pkg, path, facts, index)]!) });
      }
    }
  });
  return mergePackages(found);
}

function installedIn(pkg: Package, path: string, facts: readonly LayerFacts[], upTo: number): number {
  for (let i = 0; i < upTo; i++) {
    if (facts[i]!.packages[path]?.some((p) => p.name === pkg.name && p.version === pkg.version)) return i;
  }
  return upTo;
}

export function layerRef(layer: ImageLayer): LayerRef {
  return { diffId: layer.diffId, ...(layer.createdBy && { createdBy: layer.createdBy }) };
}

/** The distribution from the os-release the final file system holds (following its usual symlink). */
export function imageOs(tree: LayerTree, facts: readonly LayerFacts[]): OsInfo | undefined {
  const text = (path: string): string | undefined => {
    const node = tree.node(path);
    if (node?.kind === 'symlink' && node.target) return text2(node.target);
    return text2(path);
  };
  const text2 = (path: string): string | undefined => {
    const node = tree.node(path);
    return node?.kind === 'file' ? facts[node.layer]?.kept[path] : undefined;
  };
  for (const p of ['etc/os-release', 'usr/lib/os-release']) {
    const t = text(p);
    const os = t === undefined ? undefined : detectOs(t);
    if (os) return os;
  }
  const alpineRelease = text('etc/alpine-release');
  const debianVersion = text('etc/debian_version');
  return detectOsFromMarkers({ ...(alpineRelease && { alpineRelease }), ...(debianVersion && { debianVersion }) });
}
