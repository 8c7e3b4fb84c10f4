import { ParseError, UsageError } from '../core/errors.js';
import { ScanResultSchema, type ScanResult } from '../core/model.js';
import { parseReportJson, readReport } from '../importers/read-report.js';

/** Reads a saved `patchline scan --format json` result; anything else is a clear error. */
export async function readScanResult(file: string): Promise<ScanResult> {
  const read = await readReport(file);
  if (!read.ok) throw new UsageError(`--from: ${read.issue.message}`);
  const parsed = parseReportJson(read.input);
  if (!parsed.ok) throw new ParseError(`--from: ${parsed.issue.message}`);
  const result = ScanResultSchema.safeParse(parsed.value);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ParseError(
      `--from: ${file} is not a patchline JSON result (${first ? `${first.path.join('.') || 'top level'}: ${first.message}` : 'wrong shape'}); write one with 'patchline scan PATH --format json --output FILE'`,
    );
  }
  return result.data;
}
