import type { Finding } from '../../core/model.js';
import { redactCredentials } from '../../core/redact.js';
import type { VerifiedChange } from '../../fixers/verify/index.js';
import { changeId, changeTitle, findingLine, targetedFindings } from '../describe.js';

export const FIX_TRAILER = 'Patchline-Fix';
const MAX_LISTED = 20;
const MAX_RATIONALE = 2000;

/**
 * One commit per fix unit: the subject says what changed, the body which findings it fixes, why this
 * way, how it was verified and what the reviewer must still do; the trailer ties it to the fix unit.
 */
export function commitMessage(change: VerifiedChange, findings: readonly Finding[]): string {
  const cs = change.changeSet;
  const targeted = targetedFindings(cs, findings);
  const lines = [changeTitle(cs), ''];
  lines.push(`Fixes ${targeted.length === 1 ? 'this finding' : `${targeted.length} findings`}:`);
  for (const f of targeted.slice(0, MAX_LISTED)) lines.push(`- ${findingLine(f)}`);
  if (targeted.length > MAX_LISTED) lines.push(`- … and ${targeted.length - MAX_LISTED} more`);
  lines.push('', clip(cs.rationale.trim(), MAX_RATIONALE), '');
  const details = cs.verification?.details?.split('\n')[0] ?? 'not verified';
  lines.push(change.accepted ? `Verified: ${details}` : `NOT VERIFIED (delivered with --allow-unverified): ${change.reason ?? details}`);
  if (cs.llm) lines.push(`Written by ${cs.llm.provider} ${cs.llm.model} (prompt sha256 ${cs.llm.promptSha256.slice(0, 16)})`);
  if (cs.notes?.length) {
    lines.push('', 'Reviewer notes:');
    for (const note of cs.notes) lines.push(`- ${note}`);
  }
  lines.push('', `${FIX_TRAILER}: ${changeId(cs)}`);
  return redactCredentials(lines.join('\n'));
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
