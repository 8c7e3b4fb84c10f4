import path from 'node:path';
import { parseCommandArgs, oneOf } from './args.js';
import { EXIT_OK } from './main.js';
import { loadConfig, type PatchlineConfig } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { silentProgress, terminalProgress } from '../core/progress.js';
import { resolveDb, staleWarning } from '../vulndb/default-db.js';

const SUBCOMMANDS = ['update', 'import', 'status'] as const;

/** `patchline db update | import | status`: keeps the local vulnerability index. */
export async function dbCommand(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') return (await import('./main.js')).main(['help', 'db']);
  switch (oneOf('db command', sub, SUBCOMMANDS)) {
    case 'update':
      return update(rest);
    case 'import':
      return importPaths(rest);
    case 'status':
      return status(rest);
  }
}

const COMMON = {
  db: { type: 'string' },
  config: { type: 'string', short: 'c' },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

async function dbPath(flag: string | undefined, configFile: string | undefined): Promise<{ file: string; config: PatchlineConfig }> {
  const { config, file } = await loadConfig(process.cwd(), configFile);
  return { file: resolveDb(config, { ...(flag && { flag }), baseDir: file ? path.dirname(path.resolve(file)) : process.cwd() }), config };
}

async function update(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('db', args, { ...COMMON, ecosystems: { type: 'string' }, 'base-url': { type: 'string' } });
  if (values.help) return (await import('./main.js')).main(['help', 'db']);
  if (positionals.length) throw new UsageError(`db update takes no paths (got '${positionals[0]}'); to import local files use 'patchline db import PATH'`);
  const { file } = await dbPath(values.db, values.config);
  const { updateDb } = await import('../vulndb/update.js');
  const { importSummary } = await import('../vulndb/status-text.js');
  const result = await updateDb({
    dbPath: file,
    ...(values.ecosystems !== undefined && { ecosystems: values.ecosystems.split(',') }),
    ...(values['base-url'] !== undefined && { baseUrl: values['base-url'] }),
    progress: values.quiet ? silentProgress : terminalProgress(),
  });
  report(importSummary(result), values.quiet, result.issueCount > 0);
  return EXIT_OK;
}

async function importPaths(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('db', args, COMMON);
  if (values.help) return (await import('./main.js')).main(['help', 'db']);
  if (positionals.length === 0) throw new UsageError("db import needs at least one PATH: an OSV all.zip, a folder of OSV JSON, a JSON file or an Alpine secdb file");
  const { file } = await dbPath(values.db, values.config);
  const { importSources } = await import('../vulndb/importer.js');
  const { importSummary } = await import('../vulndb/status-text.js');
  const result = await importSources(positionals, file, { progress: values.quiet ? silentProgress : terminalProgress() });
  report(importSummary(result), values.quiet, result.issueCount > 0);
  return EXIT_OK;
}

async function status(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('db', args, { ...COMMON, format: { type: 'string', short: 'f', default: 'table' } });
  if (values.help) return (await import('./main.js')).main(['help', 'db']);
  if (positionals.length) throw new UsageError(`db status takes no paths (got '${positionals[0]}'); use --db PATH`);
  const format = oneOf('--format', values.format, ['table', 'json'] as const);
  const { file, config } = await dbPath(values.db, values.config);
  const { existsSync } = await import('node:fs');
  const { openVulnDb } = await import('../vulndb/sqlite-db.js');
  const { statusJson, statusTable } = await import('../vulndb/status-text.js');
  const usingSnapshot = !existsSync(file);
  const opened = usingSnapshot ? openVulnDb(await (await import('../vulndb/snapshot.js')).ensureSnapshotDb()) : openVulnDb(file);
  try {
    const st = opened.status();
    const warning = staleWarning(st, config.db?.maxAgeDays ?? 7);
    const view = { status: st, usingSnapshot, ...(usingSnapshot && { missingPath: file }), ...(warning && { warning }) };
    process.stdout.write(`${format === 'json' ? statusJson(view) : statusTable(view)}\n`);
  } finally {
    opened.close();
  }
  return EXIT_OK;
}

/** The summary is informational (hidden by --quiet); record problems are always shown. */
function report(summary: string, quiet: boolean, hasIssues: boolean): void {
  if (quiet && !hasIssues) return;
  const lines = summary.split('\n');
  process.stderr.write(`${(quiet ? lines.slice(1) : lines).join('\n')}\n`);
}
