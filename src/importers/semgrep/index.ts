import type { Severity } from '../../core/model.js';
import type { DraftFinding } from '../../scanners/types.js';
import { parseReportJson, reportHead, type ReportIssue } from '../read-report.js';
import {
  decodeResults,
  asArray, asPositiveInt, asRecord, asString, clip, clipSnippet, confidenceOf, cweList,
  reportPath, severityWord, shapeIssue,
} from '../report-fields.js';
import type { ImportContext, ImportOutput, Importer, ReportInput } from '../types.js';

/** Semgrep hides the matched text from logged-out registry runs behind this placeholder. */
const HIDDEN = 'requires login';

/** Reads Semgrep's own JSON output (`semgrep --json`): `results[]` and `errors[]`. */
export const semgrepImporter = {
  meta: { id: 'semgrep', version: '1.0.0', summary: 'Semgrep JSON output (semgrep --json): results and errors' },

  identify(input: ReportInput): boolean {
    const head = reportHead(input);
    if (!/^\s*\{/.test(head)) return false;
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head)) return false;
    if (!/"results"\s*:/.test(head)) return false;
    if (/"check_id"\s*:/.test(head)) return true;
    // A run without findings: `{"results": [], "errors": []}`, or with the `paths.scanned` list.
    return /^\s*\{\s*"results"\s*:\s*\[\s*\]\s*,\s*"errors"\s*:/.test(head) || /"paths"\s*:\s*\{\s*"scanned"\s*:/.test(head);
  },

  decode(input: ReportInput, ctx: ImportContext): ImportOutput {
    const parsed = parseReportJson(input);
    if (!parsed.ok) return { findings: [], issues: [parsed.issue] };
    const doc = asRecord(parsed.value);
    if (!doc || !Array.isArray(doc.results)) {
      return { findings: [], issues: [shapeIssue(input.name, 'Semgrep JSON', 'it has no results array')] };
    }
    const { findings, issues }: { findings: DraftFinding[]; issues: ReportIssue[] } = decodeResults(input.name, doc.results, 'Semgrep JSON', 'a check_id, path or start line', (raw) => semgrepFinding(raw, ctx));
    for (const err of asArray(doc.errors)) issues.push(semgrepError(err, input.name, ctx));
    const version = asString(doc.version);
    return { findings, issues, ...(version && { properties: { 'semgrep.version': version } }) };
  },
} satisfies Importer;

function semgrepFinding(raw: unknown, ctx: ImportContext): DraftFinding | undefined {
  const r = asRecord(raw);
  const checkId = asString(r?.check_id);
  const file = asString(r?.path);
  const start = asRecord(r?.start);
  const line = asPositiveInt(start?.line);
  if (!r || !checkId || !file || !line) return undefined;
  const end = asRecord(r.end);
  const extra = asRecord(r.extra) ?? {};
  const meta = asRecord(extra.metadata) ?? {};
  const lines = asString(extra.lines);
  const snippet = lines && lines.trim() !== HIDDEN ? clipSnippet(lines) : undefined;
  const message = asString(extra.message)?.trim() || checkId;
  const fingerprint = asString(extra.fingerprint);
  const autofix = asString(extra.fix);
  const endLine = asPositiveInt(end?.line);
  const startColumn = asPositiveInt(start?.col);
  const endColumn = asPositiveInt(end?.col);
  const ignored = extra.is_ignored === true;
  return {
    ruleId: `semgrep:${checkId}`,
    category: 'code',
    severity: semgrepSeverity(extra.severity),
    confidence: confidenceOf(meta.confidence),
    title: clip(titleOf(checkId), 200),
    message: clip(message),
    cwe: cweList(listOf(meta.cwe)),
    aliases: [],
    location: {
      kind: 'file',
      path: reportPath(file, ctx.root),
      startLine: line,
      ...(startColumn && { startColumn }),
      ...(endLine && endLine >= line && { endLine }),
      ...(endColumn && { endColumn }),
      ...(snippet !== undefined && { snippet }),
    },
    ...(autofix && { fix: clip(`Semgrep's autofix replaces the match with: ${autofix}`, 1000) }),
    references: referencesOf(meta),
    tags: [`semgrep:${checkId}`],
    ...(ignored && { suppression: { status: 'active', reason: 'ignored in the source (nosemgrep)', matchedBy: 'semgrep:is_ignored' } }),
    fingerprintContent: fingerprint && fingerprint !== HIDDEN ? fingerprint : (snippet ?? message),
  };
}

/** ERROR/WARNING/INFO (and the newer CRITICAL/HIGH/MEDIUM/LOW) → our severity. */
export function semgrepSeverity(v: unknown): Severity {
  const s = typeof v === 'string' ? v.toUpperCase() : '';
  if (s === 'ERROR') return 'high';
  if (s === 'WARNING') return 'medium';
  if (s === 'INFO') return 'low';
  if (s === 'EXPERIMENT' || s === 'INVENTORY') return 'info';
  return severityWord(v) ?? 'medium';
}

/** `python.flask.security.injection.tainted-sql-string` → `tainted-sql-string`. */
function titleOf(checkId: string): string {
  return checkId.slice(checkId.lastIndexOf('.') + 1) || checkId;
}

function listOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

function referencesOf(meta: Record<string, unknown>): string[] {
  const refs = [...listOf(meta.references), meta.source, meta.shortlink, meta['source-rule-url']];
  return [...new Set(refs.filter((r): r is string => typeof r === 'string' && /^https?:\/\//.test(r)))].slice(0, 20);
}

function semgrepError(raw: unknown, name: string, ctx: ImportContext): ReportIssue {
  const e = asRecord(raw) ?? {};
  const type = Array.isArray(e.type) ? asString(e.type[0]) : asString(e.type);
  const text = asString(e.message) ?? type ?? 'an error without a message';
  const file = asString(e.path);
  return {
    code: 'report-error',
    message: clip(`semgrep reported${type ? ` ${type}` : ''}: ${text.trim()}`, 1000),
    path: file ? reportPath(file, ctx.root) : name,
  };
}
