import { parseSize, type PatchlineConfig } from '../core/config.js';
import { errorMessage } from '../core/errors.js';
import type { ChangeSet, Finding } from '../core/model.js';
import { treeReader } from '../core/tree-reader.js';
import { notFixableReason } from './not-fixable.js';
import { fixers as registeredFixers } from './registry.js';
import { remapFinding } from './remap.js';
import { selectFindings, type SkippedFinding } from './select.js';
import type { FixContext, Fixer, FixUnit } from './types.js';
import { fixUnits } from './units.js';
import { WorkingTree } from './working-tree.js';

export type { SkippedFinding } from './select.js';

const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface PlanRequest {
  findings: readonly Finding[];
  /** The working tree the findings were scanned in. */
  root: string;
  config: PatchlineConfig;
  /** `--only`: rule ids, scanners or fingerprint prefixes. */
  only?: readonly string[];
  /** Defaults to every registered fixer. */
  fixers?: readonly Fixer[];
  /** Defaults to a reader that stays inside root and follows no links. */
  readFile?: (relPath: string) => Promise<string | undefined>;
}

export interface FixPlan {
  /** In the order they apply: each one's edits start from the text the ones before it left. */
  changeSets: ChangeSet[];
  /** Findings no fixer changed, each with the reason. */
  skipped: SkippedFinding[];
}

/**
 * Plans the fixes for a scan's findings without writing anything: groups them into units, runs the
 * fixers in order of severity against the text the earlier fixes left, and says why the rest is left.
 */
export async function planFixes(request: PlanRequest): Promise<FixPlan> {
  const { selected, skipped } = selectFindings(request.findings, request.only);
  const read = request.readFile ?? treeReader(request.root, parseSize(request.config.limits?.maxFileSize, DEFAULT_MAX_FILE_BYTES));
  const tree = new WorkingTree(read);
  const ctx: FixContext = {
    root: request.root,
    config: request.config,
    readFile: (p) => tree.readFile(p),
    allowMajor: request.config.fix?.allowMajor ?? false,
  };
  const changeSets: ChangeSet[] = [];
  for (const unit of fixUnits(selected)) {
    const outcome = await planUnit(unit, request.fixers ?? registeredFixers, tree, ctx);
    if (typeof outcome === 'string') skipped.push(...unit.findings.map((finding) => ({ finding, reason: outcome })));
    else changeSets.push(outcome);
  }
  return { changeSets, skipped };
}

/** The first change a fixer that handles every finding of the unit makes, or why there is none. */
async function planUnit(unit: FixUnit, fixers: readonly Fixer[], tree: WorkingTree, ctx: FixContext): Promise<ChangeSet | string> {
  const candidates = fixers.filter((fx) => unit.findings.every((f) => fx.handles(f)));
  if (candidates.length === 0) return notFixableReason(unit.findings[0]!);
  const remapped: FixUnit = { id: unit.id, findings: await Promise.all(unit.findings.map((f) => toCurrentText(f, tree))) };
  const reasons: string[] = [];
  for (const fixer of candidates) {
    let attempt;
    try {
      attempt = await fixer.plan(remapped, ctx);
    } catch (err) {
      reasons.push(`${fixer.meta.id} failed: ${errorMessage(err)}`);
      continue;
    }
    if (attempt.kind === 'skip') {
      reasons.push(attempt.reason);
      continue;
    }
    const conflict = await tree.apply(attempt.changeSet.edits);
    if (conflict) {
      reasons.push(`${fixer.meta.id}: ${conflict}`);
      continue;
    }
    return { ...attempt.changeSet, id: unit.id, findings: unit.findings.map((f) => f.fingerprint) };
  }
  return reasons.join('; ');
}

async function toCurrentText(finding: Finding, tree: WorkingTree): Promise<Finding> {
  const file = finding.location.kind === 'url' ? undefined : finding.location.path;
  if (!file) return finding;
  return remapFinding(finding, await tree.readOriginal(file), await tree.readFile(file));
}
