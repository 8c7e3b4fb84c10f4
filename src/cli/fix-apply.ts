import { renderFixSummary, fixExitCode } from './fix-summary.js';
import { writeReport } from './output.js';
import { toolVersion } from './version.js';
import type { PatchlineConfig } from '../core/config.js';
import { runFixes } from '../core/fix-pipeline.js';
import type { ScanResult } from '../core/model.js';
import { silentProgress, terminalProgress } from '../core/progress.js';
import { treeReader } from '../core/tree-reader.js';
import { planFixes, type FixPlan } from '../fixers/plan.js';
import { remapFinding } from '../fixers/remap.js';
import type { Fixer } from '../fixers/types.js';
import type { Replan } from '../fixers/verify/index.js';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ApplyOptions {
  root: string;
  config: PatchlineConfig;
  result: ScanResult;
  plan: FixPlan;
  fixers: readonly Fixer[];
  pr: boolean;
  allowUnverified: boolean;
  quiet: boolean;
  output?: string;
}

/** `patchline fix` without --dry-run: verify the plan, deliver what holds, say what happened. */
export async function applyFixes(options: ApplyOptions): Promise<number> {
  const run = await runFixes({
    root: options.root,
    config: options.config,
    result: options.result,
    plan: options.plan,
    replan: replanWith(options),
    allowUnverified: options.allowUnverified,
    pr: options.pr,
    tool: { name: 'patchline', version: toolVersion() },
    progress: options.quiet ? silentProgress : terminalProgress(),
  });
  if (run.dirty && !options.quiet) {
    process.stderr.write(`patchline: your uncommitted changes were left as they are; the fix branch starts from ${run.branch?.base.name ?? 'the default branch'} and holds only the fixes\n`);
  }
  await writeReport(renderFixSummary(run, options.result.findings), options.output);
  return fixExitCode(run);
}

/**
 * Plans a change set's findings again on the scratch tree, where the fixes kept so far changed the file:
 * each finding's lines are first moved from the text as scanned to where they are now.
 */
function replanWith(options: ApplyOptions): Replan {
  const scanned = treeReader(options.root, MAX_FILE_BYTES);
  return async (changeSet, root) => {
    const now = treeReader(root, MAX_FILE_BYTES);
    const findings = await Promise.all(
      options.result.findings
        .filter((f) => changeSet.findings.includes(f.fingerprint))
        .map(async (f) => {
          const file = f.location.kind === 'url' ? undefined : f.location.path;
          return file ? remapFinding(f, await scanned(file), await now(file)) : f;
        }),
    );
    const again = await planFixes({ findings, root, config: options.config, fixers: options.fixers });
    if (again.changeSets.length === 1) return again.changeSets[0]!;
    return { reason: again.skipped[0]?.reason ?? 'planning again gave more than one change' };
  };
}
