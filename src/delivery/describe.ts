import { createHash } from 'node:crypto';
import type { ChangeSet, Finding } from '../core/model.js';

/** A finding no fixer could fix, and why. */
export interface Unfixable {
  finding: Finding;
  reason: string;
}

/** Words both delivery forms (commit messages and pull-request bodies) use for the same things. */

export function whereIs(f: Finding): string {
  const l = f.location;
  if (l.kind === 'file') return `${l.path}:${l.startLine}`;
  if (l.kind === 'package') return `${l.name}@${l.version}${l.path ? ` (${l.path})` : ''}`;
  return `${l.method ?? 'GET'} ${l.url}${l.param ? ` [${l.param}]` : ''}`;
}

/** The findings a change set targets, in its order; a fingerprint the scan does not know stays as itself. */
export function targetedFindings(changeSet: ChangeSet, findings: readonly Finding[]): (Finding | string)[] {
  const byPrint = new Map(findings.map((f) => [f.fingerprint, f]));
  return changeSet.findings.map((fp) => byPrint.get(fp) ?? fp);
}

export function findingLine(f: Finding | string): string {
  if (typeof f === 'string') return `finding ${f.slice(0, 12)}`;
  const ids = f.aliases.length > 0 ? ` (${f.aliases.slice(0, 3).join(', ')})` : '';
  return `${f.severity} ${f.ruleId}${ids} at ${whereIs(f)}: ${f.title}`;
}

/** The change set's own id, or one derived from its findings so the trailer is stable either way. */
export function changeId(changeSet: ChangeSet): string {
  return changeSet.id ?? setId(changeSet.findings);
}

/** A short stable id for a set of fingerprints (order does not matter). */
export function setId(fingerprints: readonly string[]): string {
  return createHash('sha256').update([...new Set(fingerprints)].sort().join('\n')).digest('hex').slice(0, 12);
}

export function changeTitle(changeSet: ChangeSet): string {
  const title = changeSet.title ?? `Fix ${changeSet.findings.length} finding${changeSet.findings.length === 1 ? '' : 's'} (${changeSet.fixer})`;
  const line = title.split('\n')[0]!.trim();
  return line.length > 72 ? `${line.slice(0, 71)}…` : line;
}
