import type { Severity } from '../../core/model.js';
import type { DraftFinding } from '../../scanners/types.js';
import { parseReportJson, reportHead, type ReportIssue } from '../read-report.js';
import {
  decodeResults,
  asArray, asPositiveInt, asRecord, asString, clip, clipSnippet, confidenceOf, cweId,
  reportPath, shapeIssue,
} from '../report-fields.js';
import type { ImportContext, ImportOutput, Importer, ReportInput } from '../types.js';
import { BANDIT_CWE } from './cwe-table.js';

/** Reads Bandit's JSON report (`bandit -f json`): `results[]` and `errors[]`. */
export const banditImporter = {
  meta: { id: 'bandit', version: '1.0.0', summary: 'Bandit JSON report (bandit -f json): Python security issues and errors' },

  identify(input: ReportInput): boolean {
    const head = reportHead(input);
    if (!/^\s*\{/.test(head) || !/"results"\s*:/.test(head)) return false;
    if (/"test_id"\s*:/.test(head) && /"issue_severity"\s*:/.test(head)) return true;
    return /"generated_at"\s*:/.test(head) && /"metrics"\s*:/.test(head);
  },

  decode(input: ReportInput, ctx: ImportContext): ImportOutput {
    const parsed = parseReportJson(input);
    if (!parsed.ok) return { findings: [], issues: [parsed.issue] };
    const doc = asRecord(parsed.value);
    if (!doc || !Array.isArray(doc.results)) {
      return { findings: [], issues: [shapeIssue(input.name, 'Bandit JSON', 'it has no results array')] };
    }
    const { findings, issues }: { findings: DraftFinding[]; issues: ReportIssue[] } = decodeResults(input.name, doc.results, 'Bandit JSON', 'a test_id, filename or line_number', (raw) => banditFinding(raw, ctx));
    for (const err of asArray(doc.errors)) issues.push(banditError(err, input.name, ctx));
    const generated = asString(doc.generated_at);
    return { findings, issues, ...(generated && { properties: { 'bandit.generated_at': generated } }) };
  },
} satisfies Importer;

function banditFinding(raw: unknown, ctx: ImportContext): DraftFinding | undefined {
  const r = asRecord(raw);
  const testId = asString(r?.test_id);
  const file = asString(r?.filename);
  const line = asPositiveInt(r?.line_number);
  if (!r || !testId || !file || !line) return undefined;
  const testName = asString(r.test_name);
  const text = asString(r.issue_text)?.trim() || testName || testId;
  const snippet = flaggedLine(asString(r.code), line);
  const range = asArray(r.line_range).filter((n): n is number => asPositiveInt(n) !== undefined);
  const endLine = range.length > 0 ? Math.max(...range) : undefined;
  const col = typeof r.col_offset === 'number' && Number.isInteger(r.col_offset) && r.col_offset >= 0 ? r.col_offset + 1 : undefined;
  const endCol = typeof r.end_col_offset === 'number' && Number.isInteger(r.end_col_offset) && r.end_col_offset >= 0 ? r.end_col_offset + 1 : undefined;
  const cwe = cweId(asRecord(r.issue_cwe)?.id) ?? (BANDIT_CWE[testId] ? `CWE-${BANDIT_CWE[testId]}` : undefined);
  const moreInfo = asString(r.more_info);
  return {
    ruleId: `bandit:${testId}`,
    category: 'code',
    severity: banditSeverity(r.issue_severity),
    confidence: confidenceOf(r.issue_confidence, 'low'),
    title: clip(testName ? `${testId} ${testName}` : testId, 200),
    message: clip(text),
    cwe: cwe ? [cwe] : [],
    aliases: [],
    location: {
      kind: 'file',
      path: reportPath(file, ctx.root),
      startLine: line,
      ...(col && { startColumn: col }),
      ...(endLine && endLine > line && { endLine }),
      ...(endCol && { endColumn: endCol }),
      ...(snippet !== undefined && { snippet }),
    },
    references: moreInfo && /^https?:\/\//.test(moreInfo) ? [moreInfo] : [],
    tags: [`bandit:${testId}`],
    fingerprintContent: snippet?.trim() || text,
  };
}

/** HIGH/MEDIUM/LOW → high/medium/low; UNDEFINED or anything else → info. */
export function banditSeverity(v: unknown): Severity {
  const s = typeof v === 'string' ? v.toUpperCase() : '';
  return s === 'HIGH' ? 'high' : s === 'MEDIUM' ? 'medium' : s === 'LOW' ? 'low' : 'info';
}

/** Bandit's `code` is numbered context lines (`39     x = md5(...)`); keep the flagged line's text. */
function flaggedLine(code: string | undefined, line: number): string | undefined {
  if (!code) return undefined;
  for (const l of code.split('\n')) {
    const m = /^(\d+)\s?(.*)$/.exec(l);
    if (m && Number(m[1]) === line) return clipSnippet(m[2]!.replace(/\r$/, ''));
  }
  return undefined;
}

function banditError(raw: unknown, name: string, ctx: ImportContext): ReportIssue {
  const e = asRecord(raw) ?? {};
  const file = asString(e.filename);
  const reason = asString(e.reason) ?? 'an error without a reason';
  return {
    code: 'report-error',
    message: clip(`bandit reported${file ? ` for ${file}` : ''}: ${reason.trim()}`, 1000),
    path: file ? reportPath(file, ctx.root) : name,
  };
}
