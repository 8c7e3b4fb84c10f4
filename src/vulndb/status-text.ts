import { redactCredentials } from '../core/redact.js';
import { ageInDays } from './default-db.js';
import type { ImportIssueSummary } from './import-issues.js';
import type { DbStatus } from './types.js';

export interface StatusView {
  status: DbStatus;
  usingSnapshot: boolean;
  /** The configured path when it does not exist yet and the snapshot is shown instead. */
  missingPath?: string;
  warning?: string;
}

/** `db status --format json`. */
export function statusJson(view: StatusView, now: Date = new Date()): string {
  const { status } = view;
  const age = ageInDays(status.builtAt, now);
  return JSON.stringify({
    path: status.path,
    usingSnapshot: view.usingSnapshot,
    ...(view.missingPath && { missingPath: view.missingPath }),
    builtAt: status.builtAt,
    ageDays: Number.isFinite(age) ? age : null,
    format: status.format,
    advisories: status.advisories,
    withdrawn: status.withdrawn,
    advisoriesByEcosystem: status.advisoriesByEcosystem,
    sources: status.sources.map((s) => ({ ...s, ...(s.url && { url: redactCredentials(s.url) }) })),
    ...(view.warning && { warning: view.warning }),
  }, null, 2);
}

/** `db status` as a table for people. */
export function statusTable(view: StatusView, now: Date = new Date()): string {
  const { status } = view;
  const age = ageInDays(status.builtAt, now);
  const lines: string[] = [];
  if (view.missingPath) lines.push(`No database at ${view.missingPath} yet: scans use the bundled offline snapshot below.`, '');
  lines.push(...pairs([
    ['Database', status.path],
    ['Built', `${when(status.builtAt)}${Number.isFinite(age) ? ` (${age} ${age === 1 ? 'day' : 'days'} ago)` : ''}`],
    ['Advisories', `${status.advisories ?? '?'}${status.withdrawn ? ` (${status.withdrawn} withdrawn)` : ''}`],
  ]));
  const eco = Object.entries(status.advisoriesByEcosystem);
  lines.push('', ...columns(['Ecosystem', 'Advisories'], eco.map(([e, n]) => [e, String(n)]), [false, true]));
  const src = status.sources.map((s) => [s.name, String(s.advisories), when(s.importedAt), redactCredentials(s.url ?? '')]);
  lines.push('', ...columns(['Source', 'Records', 'Imported', 'From'], src, [false, true, false, false]));
  if (view.warning) lines.push('', `warning: ${view.warning}`);
  return lines.join('\n');
}

/** The summary `db import` / `db update` print on stderr. */
export function importSummary(result: { dbPath: string; advisories: number; sources: unknown[]; issueCount: number; issues: ImportIssueSummary[]; durationMs: number }): string {
  const lines = [`patchline: indexed ${result.advisories} advisories from ${result.sources.length} source${result.sources.length === 1 ? '' : 's'} into ${result.dbPath} in ${(result.durationMs / 1000).toFixed(1)} s`];
  if (result.issueCount) {
    lines.push(`patchline: ${result.issueCount} record problem${result.issueCount === 1 ? '' : 's'} (skipped or partly indexed):`);
    for (const i of result.issues) {
      lines.push(`  ${i.code}: ${i.count}`);
      for (const e of i.examples) lines.push(`    ${redactCredentials(e)}`);
    }
  }
  return lines.join('\n');
}

function when(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso || 'unknown';
}

function pairs(rows: [string, string][]): string[] {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`);
}

function columns(head: string[], rows: string[][], right: boolean[]): string[] {
  if (rows.length === 0) return [`${head[0]}s: none`];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [fmt(head), ...rows.map(fmt)];
}
