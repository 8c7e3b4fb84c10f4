import path from 'node:path';
import { parseCommandArgs } from './args.js';
import { emitReport, planReport, REPORT_OPTIONS } from './report.js';
import { toolVersion } from './version.js';
import { catalogers } from '../catalogers/registry.js';
import { loadConfig, type PatchlineConfig } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { ImageScanOptions } from '../core/image-scan.js';
import type { ScanResult } from '../core/model.js';
import { runScan } from '../core/pipeline.js';
import { silentProgress, terminalProgress } from '../core/progress.js';
import { selectScanners } from '../scanners/registry.js';
import { defaultLayerCacheDir, LayerCache } from '../targets/image/layers/layer-cache.js';
import { openImage } from '../targets/image/open-image.js';
import { imageSnapshot } from '../targets/image/snapshot/image-snapshot.js';
import { openSnapshotStore } from '../sinks/object-store/registry.js';

/** Flags that say how to reach an image (scan --image, image, sbom --image). */
export const IMAGE_SOURCE_OPTIONS = {
  platform: { type: 'string' },
  'insecure-registry': { type: 'string', multiple: true },
} as const;

export const IMAGE_SCAN_OPTIONS = {
  ...REPORT_OPTIONS,
  ...IMAGE_SOURCE_OPTIONS,
  scanners: { type: 'string' },
  db: { type: 'string' },
  'no-snapshot': { type: 'boolean', default: false },
} as const;

export interface ImageFlags {
  config?: string | undefined;
  quiet?: boolean | undefined;
  platform?: string | undefined;
  'insecure-registry'?: string[] | undefined;
  /** Take the code snapshot (scan: yes unless --no-snapshot; sbom: no). */
  snapshot?: boolean;
}

export interface ImageScanFlags extends ImageFlags {
  format: string;
  output?: string | undefined;
  'fail-on'?: string | undefined;
  scanners?: string | undefined;
  db?: string | undefined;
  'no-snapshot'?: boolean | undefined;
}

/** `patchline image REF`: the same as `patchline scan --image REF`. */
export async function imageCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('image', args, IMAGE_SCAN_OPTIONS);
  if (values.help) return (await import('./main.js')).main(['help', 'image']);
  if (positionals.length !== 1) throw new UsageError(`image takes one image reference, got ${positionals.length}. Run 'patchline help image'.`);
  return scanImageCommand(positionals[0]!, values);
}

/** Scans an image's packages (OS and language) for known vulnerabilities; the config is ./patchline.yaml or --config. */
export async function scanImageCommand(ref: string, values: ImageScanFlags): Promise<number> {
  const plan = planReport(values);
  const loaded = await loadConfig(process.cwd(), values.config && path.resolve(values.config));
  const config = values.db ? { ...loaded.config, db: { ...loaded.config.db, path: path.resolve(values.db) } } : loaded.config;
  const ids = values.scanners?.split(',').map((s) => s.trim()).filter(Boolean) ?? config.scanners;
  const selected = selectScanners(ids).filter((s) => s.scanPackages);
  if (selected.length === 0 && !plan.formatter.needsPackages) throw new UsageError(`none of the scanners ${ids?.join(', ')} checks an image's packages; use --scanners sca or leave it out`);
  const result = await scanImageRef(ref, { ...values, snapshot: !values['no-snapshot'] }, config, selected);
  const exitCode = await emitReport(result, plan, config, values.output);
  if (values.output && !values.quiet) {
    process.stderr.write(`patchline: wrote ${plan.formatter.meta.id} report to ${values.output} (${result.findings.length} findings in ${result.packages.length} packages)\n`);
  }
  return exitCode;
}

/** Opens the image, reads its layers once and runs the package scanners; the image is closed whatever happens. */
export async function scanImageRef(ref: string, flags: ImageFlags, config: PatchlineConfig, scanners: ReturnType<typeof selectScanners>): Promise<ScanResult> {
  const progress = flags.quiet ? silentProgress : terminalProgress();
  const opened = await openImage(ref, {
    ...(flags.platform && { platform: flags.platform }),
    ...(flags['insecure-registry'] && { insecureRegistries: flags['insecure-registry'] }),
    onProgress: ({ phase, done, total }) => progress.update(`${phase} ${done}/${total}…`),
  });
  try {
    const image: ImageScanOptions = {
      opened,
      cache: new LayerCache(defaultLayerCacheDir()),
      ...(flags.snapshot && { snapshot: imageSnapshot(opened, { store: openSnapshotStore(config.snapshot), include: config.snapshot?.include ?? [] }) }),
    };
    return await runScan({
      root: process.cwd(),
      image,
      config,
      scanners,
      catalogers,
      tool: { name: 'patchline', version: toolVersion() },
      progress,
    });
  } finally {
    await opened.close();
  }
}
