import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseCommandArgs } from './args.js';
import { emitReport, planReport, REPORT_OPTIONS } from './report.js';
import { toolVersion } from './version.js';
import { defaultThreads, workerPool } from './worker-pool.js';
import { IMAGE_SOURCE_OPTIONS, scanImageCommand } from './image.js';
import { loadConfig } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { runScan } from '../core/pipeline.js';
import { silentProgress, terminalProgress } from '../core/progress.js';
import { selectScanners } from '../scanners/registry.js';
import { catalogers } from '../catalogers/registry.js';

export async function scanCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', args, {
    ...REPORT_OPTIONS,
    scanners: { type: 'string' },
    db: { type: 'string' },
    import: { type: 'string', multiple: true },
    jobs: { type: 'string', short: 'j' },
    url: { type: 'string' },
    active: { type: 'boolean', default: false },
    image: { type: 'string' },
    'no-snapshot': { type: 'boolean', default: false },
    ...IMAGE_SOURCE_OPTIONS,
  });
  if (values.help) return (await import('./main.js')).main(['help', 'scan']);
  if (values.url !== undefined) {
    if (positionals.length > 0) throw new UsageError(`scan takes a PATH or --url, not both. Run 'patchline help scan'.`);
    return (await import('./dast.js')).scanUrlCommand(values.url, values);
  }
  if (values.image !== undefined) {
    if (positionals.length > 0) throw new UsageError(`scan takes a PATH or --image, not both. Run 'patchline help scan'.`);
    return scanImageCommand(values.image, values);
  }
  if (values.platform || values['insecure-registry']) throw new UsageError(`--platform and --insecure-registry go with --image REF`);
  if (values.active) throw new UsageError(`--active attacks a running application; use it with --url URL`);
  if (positionals.length > 1) throw new UsageError(`scan takes one PATH, got ${positionals.length}. Run 'patchline help scan'.`);

  const ref = positionals[0] ?? '.';
  const root = path.resolve(ref);
  await requireDirectory(ref, root);
  const plan = planReport(values);
  const formatter = plan.formatter;

  const loaded = await loadConfig(root, values.config);
  const configFile = loaded.file;
  const config = values.db ? { ...loaded.config, db: { ...loaded.config.db, path: path.resolve(values.db) } } : loaded.config;
  const scannerIds = values.scanners?.split(',').map((s) => s.trim()).filter(Boolean) ?? config.scanners;
  const selected = selectScanners(scannerIds).filter((s) => {
    if (s.scanFile || s.scanPackages) return true;
    if (scannerIds?.includes(s.meta.id)) throw new UsageError(`the ${s.meta.id} scanner scans a running application; run 'patchline scan --url URL'`);
    return false;
  });

  const jobs = values.jobs === undefined ? undefined : parseJobs(values.jobs);
  const useCatalogers = selected.some((s) => s.scanPackages) || formatter.needsPackages;
  const threads = jobs ?? defaultThreads();
  const pool = threads === 1 ? undefined : workerPool({
    root, config,
    scannerIds: selected.map((s) => s.meta.id),
    catalogerIds: useCatalogers ? catalogers.map((c) => c.meta.id) : [],
  }, threads - 1);
  const imported = values.import?.length ? await (await import('../importers/import-refs.js')).importRefs(values.import, { root }) : undefined;
  const result = await runScan({
    root,
    ref,
    config,
    scanners: selected,
    catalogers: useCatalogers ? catalogers : [],
    ...(pool && { pool }),
    ...(imported && { imported }),
    tool: { name: 'patchline', version: toolVersion() },
    progress: values.quiet ? silentProgress : terminalProgress(),
  }).finally(() => pool?.close());

  const exitCode = await emitReport(result, plan, config, values.output);
  if (values.output && !values.quiet) {
    process.stderr.write(`patchline: wrote ${formatter.meta.id} report to ${values.output} (${result.findings.length} findings${configFile ? `, config ${configFile}` : ''})\n`);
  }
  return exitCode;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs '${value}' is not a number of threads from 1 to 64`);
  return n;
}

export async function requireDirectory(ref: string, root: string): Promise<void> {
  try {
    const st = await stat(root);
    if (!st.isDirectory()) throw new UsageError(`'${ref}' is a file; patchline scan takes a directory (scan its folder, and narrow with exclude in patchline.yaml)`);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`'${ref}' does not exist or cannot be read; give the directory to scan`);
  }
}
