import type { Cataloger } from '../../../catalogers/types.js';
import type { OsInfo } from '../../../catalogers/os/shared/os-release.js';
import { errorMessage } from '../../../core/errors.js';
import type { Package, ScanIssue } from '../../../core/model.js';
import type { ImageLayer, OpenedImage } from '../types.js';
import { cacheKey, type LayerCache } from './layer-cache.js';
import { layerFacts, type LayerFacts } from './layer-facts.js';
import { LayerTree } from './layer-tree.js';
import { DEFAULT_LAYER_LIMITS, type LayerLimits } from './limits.js';
import { imageOs, imagePackages } from './image-packages.js';

export interface AnalyzeImageOptions {
  catalogers: readonly Cataloger[];
  limits?: Partial<LayerLimits>;
  /** Cataloger results per layer; a cached layer is not read again (unless `extra` wants its files). */
  cache?: LayerCache;
  /** Files wanted besides the catalogers' (the code snapshot), handed over with the layer they come from. */
  extra?: { wants(path: string): boolean; onFile(layer: number, path: string, content: Buffer): Promise<void> | void };
  onLayer?(event: { index: number; total: number; layer: ImageLayer; cached: boolean }): void;
  signal?: AbortSignal;
}

export interface ImageAnalysis {
  tree: LayerTree;
  os?: OsInfo;
  packages: Package[];
  issues: ScanIssue[];
}

/**
 * Reads an image's layers bottom first, one at a time, each streamed once: its entries build the
 * merged file tree, its package files go to the catalogers. A layer that cannot be read is an issue;
 * the layers around it are still read.
 */
export async function analyzeImage(image: OpenedImage, options: AnalyzeImageOptions): Promise<ImageAnalysis> {
  const limits = { ...DEFAULT_LAYER_LIMITS, ...options.limits };
  const tree = new LayerTree();
  const facts: LayerFacts[] = [];
  const issues: ScanIssue[] = [];
  for (const [index, layer] of image.layers.entries()) {
    const key = cacheKey(layer.diffId, options.catalogers, limits);
    const cached = await options.cache?.get(key);
    options.onLayer?.({ index, total: image.layers.length, layer, cached: cached !== undefined });
    let layerResult = cached;
    if (!cached || options.extra) {
      layerResult = await readOne(image, layer, index, { ...options, catalogers: cached ? [] : options.catalogers }, limits, tree);
      if (cached) layerResult = { ...layerResult, packages: cached.packages, kept: { ...cached.kept, ...layerResult.kept } };
      else await options.cache?.put(key, layerResult);
    }
    facts.push(layerResult!);
    issues.push(...layerResult!.issues);
    tree.apply(index, layerResult!.entries);
  }
  const os = imageOs(tree, facts);
  if (!os && facts.some((f) => Object.values(f.packages).flat().some((p) => /^pkg:(deb|apk|rpm)\//.test(p.purl)))) {
    issues.push({ code: 'unknown-os', message: 'the image has OS packages but no os-release that names a known distribution; they are matched without a release', scanner: 'image' });
  }
  return { tree, ...(os && { os }), packages: imagePackages(tree, facts, image.layers, os), issues };
}

async function readOne(image: OpenedImage, layer: ImageLayer, index: number, options: AnalyzeImageOptions, limits: LayerLimits, tree: LayerTree): Promise<LayerFacts> {
  const label = `layer ${index + 1} (${layer.diffId.slice(0, 19)}…)`;
  let stored;
  try {
    stored = await image.openLayer(layer, options.signal);
  } catch (err) {
    return { entries: [], packages: {}, kept: {}, complete: false, issues: [{ code: 'layer-unreadable', message: `${label} could not be opened: ${errorMessage(err)}`, scanner: 'image' }] };
  }
  const extra = options.extra;
  return layerFacts(stored, layer.mediaType, {
    catalogers: options.catalogers,
    limits,
    label,
    linkedBelow: (p) => tree.linkedAbove(p),
    ...(extra && { extra: { wants: extra.wants, onFile: (p: string, c: Buffer) => extra.onFile(index, p, c) } }),
  });
}
