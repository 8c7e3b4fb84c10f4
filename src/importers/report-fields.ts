import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Confidence, Severity } from '../core/model.js';

/** Findings kept from one report; past this the rest are dropped with an issue. */
export const MAX_FINDINGS_PER_REPORT = 100_000;
const MAX_TEXT = 4000;
const MAX_SNIPPET = 300;

/** Reading hostile JSON: each helper returns undefined unless the value has the expected type. */
export function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A positive integer (line, column), else undefined. */
export function asPositiveInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}

export function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function clipSnippet(text: string): string {
  return clip(text, MAX_SNIPPET);
}

/** `CWE-89`, `cwe-89`, `external/cwe/cwe-89`, `CWE-89: SQL Injection`, 89 → `CWE-89`; anything else → undefined. */
export function cweId(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return `CWE-${v}`;
  if (typeof v !== 'string') return undefined;
  const m = /(?:^|[/\s])cwe-0*(\d{1,6})\b/i.exec(v) ?? /^0*(\d{1,6})$/.exec(v.trim());
  return m ? `CWE-${m[1]}` : undefined;
}

/** Unique CWE ids from a list of loosely written ones, in order. */
export function cweList(values: readonly unknown[]): string[] {
  return [...new Set(values.map(cweId).filter((c): c is string => c !== undefined))];
}

/** HIGH / MEDIUM / LOW (any case) → our confidence; anything else → the fallback. */
export function confidenceOf(v: unknown, fallback: Confidence = 'medium'): Confidence {
  const s = typeof v === 'string' ? v.toLowerCase() : '';
  if (s === 'high' || s === 'very-high') return 'high';
  if (s === 'medium') return 'medium';
  if (s === 'low') return 'low';
  return fallback;
}

/** A CVSS-like score → severity: ≥9 critical, ≥7 high, ≥4 medium, >0 low, 0 info. */
export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return score > 0 ? 'low' : 'info';
}

/** A severity word some tools write (critical, high, medium, moderate, low, info …) → ours. */
export function severityWord(v: unknown): Severity | undefined {
  const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
  if (s === 'critical') return 'critical';
  if (s === 'high') return 'high';
  if (s === 'medium' || s === 'moderate') return 'medium';
  if (s === 'low') return 'low';
  if (s === 'info' || s === 'informational' || s === 'none') return 'info';
  return undefined;
}

/**
 * A path as a report wrote it → a finding path: forward slashes, `file://` URIs decoded, absolute paths
 * made relative to `root` when they are under it. Paths outside the root (absolute or with `..`) are
 * kept as given: they are only shown, never read.
 */
export function reportPath(raw: string, root: string | undefined): string {
  let p = raw;
  if (/^file:/i.test(p)) {
    try {
      p = fileURLToPath(p);
    } catch {
      p = decodeSafe(p.replace(/^file:(\/\/)?/i, ''));
    }
  }
  p = p.replace(/\\/g, '/');
  if (root && isAbsolute(p)) {
    const rel = path.relative(root, p).replace(/\\/g, '/');
    if (rel !== '' && !rel.startsWith('../') && rel !== '..' && !isAbsolute(rel)) return rel;
  }
  return p.replace(/^(\.\/)+/, '') || raw;
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

export function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The issue for a report that holds more results than an import keeps. */
export function tooManyIssue(name: string, total: number): { code: string; message: string; path: string } {
  return {
    code: 'too-many-findings',
    message: `${name} holds ${total} results; only the first ${MAX_FINDINGS_PER_REPORT} were imported`,
    path: name,
  };
}

/** The issue for JSON that parsed but is not shaped like the format. */
export function shapeIssue(name: string, format: string, what: string): { code: string; message: string; path: string } {
  return { code: 'bad-report', message: `${name} is not a ${format} report: ${what}`, path: name };
}

/**
 * Decodes a report's `results` array with one function per result, capped at MAX_FINDINGS_PER_REPORT;
 * results the function cannot read are counted in one issue (`missing` says what they lacked).
 */
export function decodeResults<T>(
  name: string,
  results: readonly unknown[],
  format: string,
  missing: string,
  decodeOne: (raw: unknown) => T | undefined,
): { findings: T[]; issues: { code: string; message: string; path: string }[] } {
  const findings: T[] = [];
  const issues: { code: string; message: string; path: string }[] = [];
  let skipped = 0;
  for (const raw of results) {
    if (findings.length >= MAX_FINDINGS_PER_REPORT) {
      issues.push(tooManyIssue(name, results.length));
      break;
    }
    const finding = decodeOne(raw);
    if (finding) findings.push(finding);
    else skipped++;
  }
  if (skipped > 0) issues.push(shapeIssue(name, `complete ${format}`, `${skipped} results without ${missing} were skipped`));
  return { findings, issues };
}
