import type { Cataloger } from '../catalogers/types.js';
import { analyzeImage, type AnalyzeImageOptions, type ImageAnalysis } from '../targets/image/layers/analyze-image.js';
import { layerRef } from '../targets/image/layers/image-packages.js';
import type { OpenedImage } from '../targets/image/types.js';
import { errorMessage } from './errors.js';
import type { FileJobResult } from './file-job.js';
import type { Package, ScanResult, Target } from './model.js';
import { scanPackages, type ScanRequest } from './pipeline.js';
import type { Progress } from './progress.js';
import { formatBytes } from './walker.js';

export interface ImageScanOptions {
  opened: OpenedImage;
  cache?: AnalyzeImageOptions['cache'];
  limits?: AnalyzeImageOptions['limits'];
  /** Files to keep besides the catalogers' (the code snapshot); `finish` turns them into `result.snapshot`. */
  snapshot?: Required<AnalyzeImageOptions>['extra'] & { finish(analysis: ImageAnalysis): Promise<ScanResult['snapshot']> };
}

/** An image: its layers read once (catalogers, snapshot), then the packages to the dependency scanners. */
export async function scanImage(
  request: ScanRequest,
  options: ImageScanOptions,
  total: FileJobResult,
  progress: Progress,
): Promise<{ target: Target; packages: Package[]; snapshot?: ScanResult['snapshot'] }> {
  const image = options.opened;
  const catalogers: readonly Cataloger[] = request.catalogers ?? [];
  const analysis = await analyzeImage(image, {
    catalogers,
    ...(options.cache && { cache: options.cache }),
    ...(options.limits && { limits: options.limits }),
    ...(options.snapshot && { extra: options.snapshot }),
    onLayer: ({ index, total: count, layer, cached }) =>
      progress.update(`layer ${index + 1}/${count} ${layer.diffId.slice(7, 19)}${cached ? ' (cached)' : ` ${formatBytes(layer.size)}`}…`),
  });
  const snapshot = await takeSnapshot(options, analysis);
  total.issues.push(...analysis.issues);
  await scanPackages(request, analysis.packages, { root: '', config: request.config }, total, progress);
  return { target: { kind: 'image', ref: image.ref, digest: image.digest, layers: image.layers.map(layerRef) }, packages: analysis.packages, ...(snapshot && { snapshot }) };
}

/** A snapshot that cannot be stored is an issue: the scan's findings are still reported. */
async function takeSnapshot(options: ImageScanOptions, analysis: ImageAnalysis): Promise<ScanResult['snapshot']> {
  try {
    return await options.snapshot?.finish(analysis);
  } catch (err) {
    analysis.issues.push({ code: 'snapshot-failed', message: `the code snapshot could not be stored: ${errorMessage(err)}`, scanner: 'image' });
    return undefined;
  }
}
