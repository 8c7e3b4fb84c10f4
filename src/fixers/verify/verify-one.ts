import path from 'node:path';
import type { ChangeSet, Finding } from '../../core/model.js';
import { errorMessage } from '../../core/errors.js';
import { runVerifyCommand } from './command.js';
import { findConflicts, writeEdits, type EditConflict } from './apply.js';
import { currentPrints, introduced, pathsFor, rescan, scannersFor } from './rescan.js';
import type { VerificationEvidence, VerifiedChange, VerifyRequest } from './types.js';

const DEFAULT_TIMEOUT_SECONDS = 600;

/**
 * Verifies one change set in the scratch tree (whose state holds every change kept so far): its edits
 * must apply, a re-scan must no longer find its findings and find nothing new, and the project's check
 * command must pass. Leaves the edits in the tree; the caller keeps or rolls them back.
 */
export async function verifyOne(original: ChangeSet, scanRoot: string, request: VerifyRequest): Promise<VerifiedChange> {
  let changeSet = original;
  let conflicts = await findConflicts(scanRoot, changeSet.edits);
  let replanned = false;
  if (conflicts.length > 0 && request.replan) {
    const again = await request.replan(changeSet, scanRoot).catch((err: unknown) => ({ reason: errorMessage(err) }));
    if ('reason' in again) return reject(changeSet, `${describeConflicts(conflicts)}; planning it again failed: ${again.reason}`, false);
    changeSet = again;
    replanned = true;
    conflicts = await findConflicts(scanRoot, changeSet.edits);
  }
  if (conflicts.length > 0) return reject(changeSet, describeConflicts(conflicts), false);
  if (changeSet.edits.length === 0) return reject(changeSet, 'the change set has no edits', false);

  const targeted = changeSet.findings.map((fp) => request.findings.find((f) => f.fingerprint === fp)).filter((f): f is Finding => !!f);
  const scanners = scannersFor(targeted, request.scanners, request.knownScanners);
  const scan = {
    root: scanRoot,
    paths: pathsFor(changeSet.edits.map((e) => e.path), targeted),
    scanners,
    catalogers: request.catalogers,
    config: request.config,
    tool: request.tool,
  };
  const before = await rescan(scan);
  await writeEdits(scanRoot, changeSet.edits);
  const after = await rescan(scan);

  const had = new Set(before.findings.map((f) => f.fingerprint));
  const has = new Set(after.findings.map((f) => f.fingerprint));
  const now = currentPrints(changeSet.findings, request.findings, before);
  const fresh = introduced(before, after, [...now.values()]);
  const evidence: VerificationEvidence = {
    scanners: scanners.map((s) => s.meta.id),
    rescanned: scan.paths,
    gone: changeSet.findings.filter((fp) => had.has(now.get(fp)!) && !has.has(now.get(fp)!)),
    remaining: changeSet.findings.filter((fp) => has.has(now.get(fp)!)),
    notReproduced: changeSet.findings.filter((fp) => !had.has(now.get(fp)!) && !has.has(now.get(fp)!)),
    introduced: fresh.findings,
    introducedIssues: fresh.issues,
    ...(replanned && { replanned }),
  };
  const scanProblem = rescanVerdict(evidence);
  if (scanProblem) return reject(changeSet, scanProblem, true, evidence);

  const command = request.config.fix?.verify?.command;
  if (command) {
    request.progress?.update(`verifying ${changeSet.title ?? changeSet.id ?? changeSet.fixer}: ${command}`);
    const timeoutMs = (request.config.fix?.verify?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    evidence.command = await runVerifyCommand(command, scanRoot, timeoutMs, { PATCHLINE_SOURCE_ROOT: path.join(request.repoTop, request.prefix) });
    if (!evidence.command.passed) {
      const how = evidence.command.timedOut ? `did not finish in ${timeoutMs / 1000} s` : `failed (exit code ${evidence.command.exitCode})`;
      return reject(changeSet, `\`${command}\` ${how} with the change applied`, true, evidence);
    }
  }
  return {
    changeSet: { ...changeSet, verification: { status: 'passed', details: describeEvidence(evidence) } },
    accepted: true,
    kept: true,
    evidence,
  };
}

/** Why a re-scan does not prove the change, or undefined when it does. */
function rescanVerdict(e: VerificationEvidence): string | undefined {
  if (e.remaining.length > 0) return `the re-scan still finds ${count(e.remaining.length, 'targeted finding')} (${e.remaining.map(short).join(', ')})`;
  if (e.introduced.length > 0) {
    const what = e.introduced.slice(0, 5).map((f) => `${f.ruleId} at ${where(f)}`).join('; ');
    return `the change introduces ${count(e.introduced.length, 'new finding')}: ${what}`;
  }
  if (e.introducedIssues.length > 0) return `the changed files no longer scan cleanly: ${e.introducedIssues.slice(0, 3).map((i) => `${i.path ?? ''} ${i.message}`.trim()).join('; ')}`;
  if (e.notReproduced.length > 0) {
    return `the re-scan (${e.scanners.join(', ')}) did not find ${count(e.notReproduced.length, 'targeted finding')} before the change either (${e.notReproduced.map(short).join(', ')}), so nothing proves ${e.notReproduced.length === 1 ? 'it' : 'them'} fixed`;
  }
  return undefined;
}

export function describeEvidence(e: VerificationEvidence): string {
  const parts = [
    `re-scan (${e.scanners.join(', ')}) of ${e.rescanned.join(', ')}: ${count(e.gone.length, 'targeted finding')} gone, ${e.introduced.length === 0 ? 'no new findings' : count(e.introduced.length, 'new finding')}`,
  ];
  if (e.command) {
    const seconds = (e.command.durationMs / 1000).toFixed(1);
    parts.push(`\`${e.command.command}\` ${e.command.passed ? 'passed' : 'failed'} in ${seconds} s`);
  }
  if (e.replanned) parts.push('re-planned after an earlier fix changed the same file');
  return parts.join('; ');
}

function reject(changeSet: ChangeSet, reason: string, applied: boolean, evidence?: VerificationEvidence): VerifiedChange {
  const output = evidence?.command && !evidence.command.passed ? `\n--- output (tail) ---\n${evidence.command.output.slice(-4000)}` : '';
  return {
    changeSet: { ...changeSet, verification: { status: 'failed', details: `${reason}${output}` } },
    accepted: false,
    // Only a change that applied can be kept with --allow-unverified; the caller decides.
    kept: applied,
    reason,
    ...(evidence && { evidence }),
  };
}

function describeConflicts(conflicts: readonly EditConflict[]): string {
  return `conflict: ${conflicts.map((c) => `${c.path}: ${c.reason}`).join('; ')}`;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function short(fp: string): string {
  return fp.slice(0, 12);
}

function where(f: Finding): string {
  const l = f.location;
  return l.kind === 'file' ? `${l.path}:${l.startLine}` : l.kind === 'package' ? `${l.name}@${l.version}` : l.url;
}
