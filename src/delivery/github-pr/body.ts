import type { Finding } from '../../core/model.js';
import { redactCredentials } from '../../core/redact.js';
import type { VerifiedChange } from '../../fixers/verify/index.js';
import { changeTitle, setId, targetedFindings, whereIs, type Unfixable } from '../describe.js';
import type { DeliveredBranch } from '../git-branch/index.js';
import { beforeAfter, code, cell } from './cells.js';

/** GitHub refuses bodies over 65 536 characters; stay well under. */
export const MAX_BODY_CHARS = 60_000;
const MAX_ROWS = 150;
const MAX_OUTPUT_CHARS = 1_500;
const MAX_OUTPUTS = 15;

export interface PullRequestContent {
  branch: DeliveredBranch;
  /** Every verification outcome: kept changes are on the branch, the others are reported as not fixed. */
  changes: readonly VerifiedChange[];
  findings: readonly Finding[];
  unfixable: readonly Unfixable[];
  tool: { name: string; version: string };
}

/** Marks a pull request as patchline's, for these findings: how a re-run finds it to update. */
export function bodyMarker(findings: readonly string[]): string {
  return `<!-- patchline:fix findings=${setId(findings)} -->`;
}

export function pullRequestTitle(content: PullRequestContent): string {
  const kept = content.changes.filter((c) => c.kept);
  if (kept.length === 1) return changeTitle(kept[0]!.changeSet);
  return `patchline: fix ${content.branch.findings.length} security findings`;
}

export function pullRequestBody(content: PullRequestContent): string {
  const kept = content.changes.filter((c) => c.kept);
  const sections = [
    bodyMarker(content.branch.findings),
    `## patchline fixed ${count(content.branch.findings.length, 'finding')}`,
    `Cut from \`${content.branch.base.name}\` (${content.branch.base.commit.slice(0, 12)}). One commit per fix; each was applied in a scratch worktree and re-scanned, and is only here because the findings it targets are gone and nothing new appeared${kept.some((c) => c.evidence?.command) ? ', and the project check passed' : ''}.`,
    fixedTable(kept, content.findings),
    verification(kept),
    notFixed(content),
    provenance(kept),
    reviewerNotes(kept, content.findings),
    `<sub>${content.tool.name} ${content.tool.version} · ${kept.length} commits on \`${content.branch.name}\`</sub>`,
  ];
  const body = redactCredentials(sections.filter(Boolean).join('\n\n'));
  return body.length <= MAX_BODY_CHARS ? body : `${body.slice(0, MAX_BODY_CHARS - 60)}\n\n… (cut to stay within GitHub's size limit)`;
}

function fixedTable(kept: readonly VerifiedChange[], findings: readonly Finding[]): string {
  const rows: string[] = [];
  for (const change of kept) {
    const status = change.accepted ? 'verified' : '**not verified**';
    for (const f of targetedFindings(change.changeSet, findings)) {
      if (typeof f === 'string') rows.push(`| | ${code(f.slice(0, 12))} | | ${beforeAfter(undefined, change.changeSet)} | ${status} |`);
      else rows.push(`| ${f.severity} | ${findingCell(f)} | ${code(whereIs(f))} | ${beforeAfter(f, change.changeSet)} | ${status} |`);
    }
  }
  return ['### Fixed', '', '| Severity | Finding | Where | Before → after | Status |', '|---|---|---|---|---|', ...limit(rows)].join('\n');
}

function verification(kept: readonly VerifiedChange[]): string {
  const lines = ['### Verification', ''];
  let outputs = 0;
  for (const change of kept) {
    const details = change.changeSet.verification?.details?.split('\n')[0] ?? 'not verified';
    lines.push(`- **${cell(changeTitle(change.changeSet))}**: ${change.accepted ? cell(details) : `not verified — ${cell(change.reason ?? details)}`}`);
    const run = change.evidence?.command;
    if (run && outputs < MAX_OUTPUTS) {
      outputs++;
      const tail = run.output.slice(-MAX_OUTPUT_CHARS).replace(/```/g, "'''");
      lines.push(`  <details><summary>output of <code>${cell(run.command)}</code></summary>`, '', '  ```', ...tail.trimEnd().split('\n').map((l) => `  ${l}`), '  ```', '  </details>');
    }
  }
  return lines.join('\n');
}

function notFixed(content: PullRequestContent): string {
  const rows: string[] = [];
  for (const change of content.changes.filter((c) => !c.kept)) {
    for (const f of targetedFindings(change.changeSet, content.findings)) {
      rows.push(`| ${typeof f === 'string' ? code(f.slice(0, 12)) : findingCell(f)} | ${typeof f === 'string' ? '' : code(whereIs(f))} | fix rejected: ${cell(change.reason ?? 'not verified')} |`);
    }
  }
  for (const u of content.unfixable) rows.push(`| ${findingCell(u.finding)} | ${code(whereIs(u.finding))} | ${cell(u.reason)} |`);
  if (rows.length === 0) return '';
  return ['### Not fixed', '', '| Finding | Where | Why |', '|---|---|---|', ...limit(rows)].join('\n');
}

function provenance(kept: readonly VerifiedChange[]): string {
  const llm = kept.filter((c) => c.changeSet.llm);
  if (llm.length === 0) return '';
  const rows = llm.map(({ changeSet: cs }) => {
    const p = cs.llm!;
    const cost = p.costUsd === undefined ? 'n/a' : `$${p.costUsd.toFixed(4)}`;
    return `| ${cell(changeTitle(cs))} | ${cell(p.provider)} | ${code(p.model)} | ${code(p.promptSha256.slice(0, 16))} | ${p.inputTokens} / ${p.outputTokens} | ${cost} |`;
  });
  return ['### Written by a language model', '', 'Review these changes with extra care.', '', '| Change | Provider | Model | Prompt SHA-256 | Tokens in / out | Cost |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

function reviewerNotes(kept: readonly VerifiedChange[], findings: readonly Finding[]): string {
  const notes = new Set(kept.flatMap((c) => c.changeSet.notes ?? []));
  const secrets = kept.some((c) => targetedFindings(c.changeSet, findings).some((f) => typeof f !== 'string' && isSecret(f)));
  if (secrets && ![...notes].some((n) => /rotate/i.test(n))) {
    notes.add('Rotate every secret this pull request removes: taking it out of the code does not revoke it, and it stays in the git history.');
  }
  if (kept.some((c) => !c.accepted)) notes.add('Some commits are **not verified** (delivered with --allow-unverified): check them by hand.');
  if (notes.size === 0) return '';
  return ['### For the reviewer', '', ...[...notes].map((n) => `- ${cell(n)}`)].join('\n');
}

export function isSecret(f: Finding): boolean {
  return f.category === 'secret' || f.cwe.includes('CWE-798');
}

function findingCell(f: Finding): string {
  const ids = f.aliases.length > 0 ? ` (${f.aliases.slice(0, 2).join(', ')})` : '';
  return `${cell(f.title)}${cell(ids)}<br>${code(f.ruleId)}`;
}

function limit(rows: string[]): string[] {
  return rows.length <= MAX_ROWS ? rows : [...rows.slice(0, MAX_ROWS), `| … ${rows.length - MAX_ROWS} more | | | | |`];
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
