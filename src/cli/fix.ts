import path from 'node:path';
import { parseCommandArgs } from './args.js';
import { EXIT_OK } from './main.js';
import { writeReport } from './output.js';
import { requireDryRunForSnapshot, snapshotRoot } from './fix-snapshot.js';
import { requireDirectory } from './scan.js';
import { toolVersion } from './version.js';
import { loadConfig, type PatchlineConfig } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { ScanResult } from '../core/model.js';
import { runScan } from '../core/pipeline.js';
import { silentProgress, terminalProgress } from '../core/progress.js';
import { catalogers } from '../catalogers/registry.js';
import { planFixes } from '../fixers/plan.js';
import { readScanResult } from '../fixers/read-result.js';
import { renderPlanDiff, renderPlanText, secretLineTexts } from '../fixers/render.js';
import { fixersForRun } from '../fixers/run-fixers.js';
import { treeReader } from '../core/tree-reader.js';
import { selectScanners } from '../scanners/registry.js';

const MAX_DIFF_FILE_BYTES = 10 * 1024 * 1024;

export async function fixCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('fix', args, {
    from: { type: 'string' },
    only: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean', default: false },
    'no-llm': { type: 'boolean', default: false },
    snapshot: { type: 'string' },
    pr: { type: 'boolean', default: false },
    'allow-unverified': { type: 'boolean', default: false },
    config: { type: 'string', short: 'c' },
    db: { type: 'string' },
    output: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return (await import('./main.js')).main(['help', 'fix']);
  if (positionals.length > 1) throw new UsageError(`fix takes one PATH, got ${positionals.length}. Run 'patchline help fix'.`);
  if (values.snapshot) requireDryRunForSnapshot(values['dry-run']);
  const snapshot = values.snapshot ? await snapshotRoot(values.snapshot, { configFile: values.config, quiet: values.quiet }) : undefined;
  try {
    const ref = snapshot?.ref ?? positionals[0] ?? '.';
    const root = snapshot?.root ?? path.resolve(ref);
    if (!snapshot) await requireDirectory(ref, root);
    const loaded = await loadConfig(snapshot?.configDir ?? root, values.config);
    const config = values.db ? { ...loaded.config, db: { ...loaded.config.db, path: path.resolve(values.db) } } : loaded.config;
    const result = values.from ? await readScanResult(values.from) : await scanForFixes(root, ref, config, values.quiet);

    const fixers = await fixersForRun(config, { llm: !values['no-llm'] });
    const plan = await planFixes({ findings: result.findings, root, config, fixers, ...(values.only && { only: values.only.flatMap(splitList) }) });
    if (!values['dry-run']) {
      const { applyFixes } = await import('./fix-apply.js');
      return await applyFixes({
        root, config, result, plan, fixers,
        pr: values.pr || config.fix?.pr === true,
        allowUnverified: values['allow-unverified'] || config.fix?.allowUnverified === true,
        quiet: values.quiet,
        ...(values.output && { output: values.output }),
      });
    }
    const text = renderPlanText(plan, result.findings);
    const diff = renderPlanDiff(plan, await secretLineTexts(result.findings, treeReader(root, MAX_DIFF_FILE_BYTES)));
    await writeReport(diff ? `${text}\n\n${diff}` : text, values.output);
  } finally {
    await snapshot?.dispose();
  }
  return EXIT_OK;
}

async function scanForFixes(root: string, ref: string, config: PatchlineConfig, quiet: boolean): Promise<ScanResult> {
  return runScan({
    root,
    ref,
    config,
    scanners: selectScanners(config.scanners),
    catalogers,
    tool: { name: 'patchline', version: toolVersion() },
    progress: quiet ? silentProgress : terminalProgress(),
  });
}

function splitList(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}
