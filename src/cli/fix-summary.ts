import type { FixRun } from '../core/fix-pipeline.js';
import type { Finding } from '../core/model.js';
import { findingLine, targetedFindings } from '../delivery/describe.js';

const MAX_NOT_FIXED = 25;
const OUTPUT_LINES = 8;

/** What `patchline fix` did, for a person: kept, rejected with reasons, left with reasons, where it went. */
export function renderFixSummary(run: FixRun, findings: readonly Finding[]): string {
  const kept = run.verified.filter((v) => v.kept);
  const rejected = run.verified.filter((v) => !v.kept);
  const fixed = new Set(kept.flatMap((v) => v.changeSet.findings)).size;
  const out = [`${kept.length} of ${run.verified.length} change(s) verified and committed, fixing ${fixed} finding(s).`];
  for (const v of kept) {
    const how = v.accepted ? v.changeSet.verification?.details?.split('\n')[0] : `NOT VERIFIED (--allow-unverified): ${v.reason}`;
    out.push(`  ✓ ${v.changeSet.title ?? v.changeSet.fixer}`, `      ${how}`);
  }
  if (rejected.length > 0) {
    out.push('', `Rejected ${rejected.length} change(s):`);
    for (const v of rejected) {
      out.push(`  ✗ ${v.changeSet.title ?? v.changeSet.fixer}`, `      ${v.reason}`);
      for (const f of targetedFindings(v.changeSet, findings)) out.push(`      left: ${findingLine(f)}`);
      const output = v.evidence?.command && !v.evidence.command.passed ? v.evidence.command.output.trimEnd().split('\n').slice(-OUTPUT_LINES) : [];
      for (const line of output) out.push(`      | ${line}`);
    }
  }
  if (run.skipped.length > 0) {
    out.push('', `Not fixed: ${run.skipped.length} finding(s)`);
    for (const s of run.skipped.slice(0, MAX_NOT_FIXED)) out.push(`  - ${findingLine(s.finding)}`, `      ${s.reason}`);
    if (run.skipped.length > MAX_NOT_FIXED) out.push(`  … and ${run.skipped.length - MAX_NOT_FIXED} more (patchline fix --dry-run lists them all)`);
  }
  out.push('');
  if (run.branch) {
    const b = run.branch;
    out.push(`Branch: ${b.name} (${b.commits.length} commit(s) on ${b.base.name}${b.replaced ? ', replacing the earlier run' : ''}); review it with: git log -p ${b.base.name}..${b.name}`);
  } else {
    out.push('No branch: no change was verified.');
  }
  if (run.pullRequest) out.push(`Pull request: ${run.pullRequest.url} (${run.pullRequest.action})`);
  for (const w of run.pullRequest?.warnings ?? []) out.push(`Warning: ${w}`);
  if (run.pullRequestError) out.push(`Pull request not opened: ${run.pullRequestError}`, `The branch ${run.branch!.name} is kept; run again with --pr when the problem is fixed.`);
  return out.join('\n');
}

/** 0 when every planned change was delivered, 1 when some were rejected, 2 when the pull request failed. */
export function fixExitCode(run: FixRun): number {
  if (run.pullRequestError) return 2;
  return run.verified.some((v) => !v.accepted) ? 1 : 0;
}
