import { open } from 'node:fs/promises';
import type { ScanIssue } from '../core/model.js';
import { jsonErrorOffset } from './json-position.js';
import type { ReportInput } from './types.js';

/** A report larger than this is refused with an issue (reports are parsed whole). */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

export type ReportIssue = Omit<ScanIssue, 'scanner'>;

export type ReadOutcome = { ok: true; input: ReportInput } | { ok: false; issue: ReportIssue };

/** Reads a report file under a size limit; a missing, unreadable or oversized file is an issue, never a throw. */
export async function readReport(file: string, maxBytes = MAX_REPORT_BYTES): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(file, 'r');
    const st = await handle.stat();
    if (!st.isFile()) return fail('not-a-file', file, `${file} is not a file; give the path of a report`);
    if (st.size > maxBytes) {
      return fail('too-large', file, `${file} is ${st.size} bytes, more than the ${maxBytes}-byte limit for a report`);
    }
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) return fail('too-large', file, `${file} grew past the ${maxBytes}-byte limit while being read`);
    return { ok: true, input: { name: file, bytes } };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return fail('read-error', file, `cannot read ${file} (${code}); check the path and its permissions`);
  } finally {
    await handle?.close();
  }
}

function fail(code: string, path: string, message: string): { ok: false; issue: ReportIssue } {
  return { ok: false, issue: { code, message, path } };
}

export type ParseOutcome = { ok: true; value: unknown } | { ok: false; issue: ReportIssue };

/** Parses a report as JSON; a syntax error becomes an issue naming the file, line and column. */
export function parseReportJson(input: ReportInput): ParseOutcome {
  const text = reportText(input);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const where = positionOf(text, detail);
    return {
      ok: false,
      issue: {
        code: 'parse-error',
        message: `${input.name} is not valid JSON${where}: ${detail.slice(0, 200)}`,
        path: input.name,
      },
    };
  }
}

/** The report as text without a UTF-8 byte-order mark. */
export function reportText(input: ReportInput): string {
  const text = input.bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The first `max` characters, for cheap `identify` checks. */
export function reportHead(input: ReportInput, max = 1024 * 1024): string {
  return reportText({ name: input.name, bytes: input.bytes.subarray(0, max) });
}

function positionOf(text: string, detail: string): string {
  const m = /position (\d+)/.exec(detail);
  const pos = m ? Number(m[1]) : jsonErrorOffset(text);
  if (pos === undefined) return '';
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}
