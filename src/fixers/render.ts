import { createTwoFilesPatch } from 'diff';
import type { ChangeSet, Finding } from '../core/model.js';
import { redactCredentials } from '../core/redact.js';
import type { FixPlan } from './plan.js';

/** The plan as a reviewer reads it: each change with what it fixes and its notes, then what is left and why. */
export function renderPlanText(plan: FixPlan, findings: readonly Finding[]): string {
  const byPrint = new Map(findings.map((f) => [f.fingerprint, f]));
  const fixedCount = plan.changeSets.reduce((n, cs) => n + cs.findings.length, 0);
  const out = [`${plan.changeSets.length} change(s) fix ${fixedCount} finding(s); ${plan.skipped.length} finding(s) not fixed.`];
  plan.changeSets.forEach((cs, i) => {
    out.push('', `[${i + 1}] ${cs.title ?? cs.rationale} (${cs.fixer}, ${cs.id})`);
    for (const print of cs.findings) out.push(`    fixes ${describe(byPrint.get(print), print)}`);
    out.push(`    why: ${cs.rationale}`);
    if (cs.llm) out.push(`    by: ${describeLlm(cs.llm)}`);
    for (const note of cs.notes ?? []) out.push(`    note: ${note}`);
  });
  if (plan.skipped.length > 0) {
    out.push('', 'Not fixed:');
    for (const group of groupSkipped(plan.skipped)) {
      const rules = group.length > 1 ? ` (with ${group.slice(1).map((s) => s.finding.ruleId).join(', ')})` : '';
      out.push(`  ${describe(group[0]!.finding, group[0]!.finding.fingerprint)}${rules}: ${group[0]!.reason}`);
    }
  }
  return out.join('\n');
}

/** One unified diff per change, in the order they apply. Lines that hold a secret show only its name. */
export function renderPlanDiff(plan: FixPlan, secretLines: ReadonlySet<string> = new Set()): string {
  return plan.changeSets
    .map((cs, i) => {
      const patches = cs.edits.map((e) => maskPatch(createTwoFilesPatch(`a/${e.path}`, `b/${e.path}`, e.before, e.after, '', '', { context: 3 }), secretLines));
      return `# [${i + 1}] ${cs.title ?? cs.fixer}\n${patches.join('')}`;
    })
    .join('\n');
}

/** The text of every line a secret was found on, as scanned: what a diff must never print. */
export async function secretLineTexts(findings: readonly Finding[], readFile: (path: string) => Promise<string | undefined>): Promise<Set<string>> {
  const out = new Set<string>();
  for (const f of findings) {
    if (!isSecret(f) || f.location.kind !== 'file') continue;
    const text = await readFile(f.location.path);
    const lines = text?.split('\n').slice(f.location.startLine - 1, f.location.endLine ?? f.location.startLine) ?? [];
    for (const line of lines) if (line.trim()) out.add(line.trim());
  }
  return out;
}

function maskPatch(patch: string, secretLines: ReadonlySet<string>): string {
  return patch
    .split('\n')
    .filter((line) => !line.startsWith('====='))
    .map((line) => (/^[-+ ]/.test(line) && !/^(---|\+\+\+) /.test(line) && secretLines.has(line.slice(1).trim()) ? maskValue(line) : redactCredentials(line)))
    .join('\n');
}

/** `NAME = "value"` → `NAME = ****`: the name stays so the reviewer sees which secret moved. */
function maskValue(line: string): string {
  const m = /^(.[^=:]*[=:]\s*)/.exec(line);
  return m && m[1]!.length < line.length ? `${m[1]}****` : `${line[0]}****`;
}

/** Advisories of one package left for the same reason are listed once. */
function groupSkipped(skipped: FixPlan['skipped']): FixPlan['skipped'][] {
  const groups: FixPlan['skipped'][] = [];
  for (const s of skipped) {
    const last = groups.at(-1)?.[0];
    if (last && last.reason === s.reason && last.finding.location.kind === 'package' && where(last.finding) === where(s.finding)) {
      groups.at(-1)!.push(s);
    } else {
      groups.push([s]);
    }
  }
  return groups;
}

/** Who wrote an LLM change and what it cost, as the PR body and the plan show it. */
export function describeLlm(llm: NonNullable<ChangeSet['llm']>): string {
  const cost = llm.costUsd === undefined ? '' : `, ~$${llm.costUsd.toFixed(4)}`;
  return `${llm.provider} ${llm.model} (prompt sha256 ${llm.promptSha256.slice(0, 12)}, ${llm.inputTokens} in / ${llm.outputTokens} out tokens${cost})`;
}

function isSecret(f: Finding): boolean {
  return f.category === 'secret' || f.cwe.includes('CWE-798');
}

function describe(f: Finding | undefined, print: string): string {
  return f ? `${f.severity} ${f.ruleId} at ${where(f)}` : print;
}

function where(f: Finding): string {
  const loc = f.location;
  if (loc.kind === 'file') return `${loc.path}:${loc.startLine}`;
  if (loc.kind === 'package') return `${loc.name} ${loc.version} (${loc.path ?? '?'}${loc.line ? `:${loc.line}` : ''})`;
  return loc.url;
}

