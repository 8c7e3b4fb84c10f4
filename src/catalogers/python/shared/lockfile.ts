import type { SourceFile } from '../../../scanners/types.js';
import type { CatalogOutput } from '../../types.js';
import { isTable, tables, type Table } from './guards.js';
import { parseError, type CatalogIssue } from './issues.js';
import { entryLines } from './locked.js';
import { parseTomlFile } from './toml.js';

/** A TOML lockfile's package entries, each with the line of its `name` key when known. */
export interface LockEntries {
  data: Table;
  entries: { entry: Table; index: number; line?: number }[];
  issues: CatalogIssue[];
}

/**
 * Parses a TOML lockfile and returns the entries of its `[[table]]` array. An empty file has none; a file
 * that is not TOML, or whose `table` is not an array of tables, gives a parse-error output instead.
 */
export function lockEntries(file: SourceFile, table: string, what: string): LockEntries | CatalogOutput {
  if (!file.text.trim()) return { packages: [] };
  const parsed = parseTomlFile(file.path, file.text, what);
  if (parsed.issue) return { packages: [], issues: [parsed.issue] };
  const list = parsed.data[table];
  if (list !== undefined && !Array.isArray(list)) {
    return { packages: [], issues: [parseError(file.path, `${what}: \`${table}\` is not an array of tables; skipped`)] };
  }
  const all = list ?? [];
  const lines = entryLines(file.text, table, all.length);
  const issues: CatalogIssue[] = [];
  const valid = tables(all).length;
  if (valid !== all.length) issues.push(parseError(file.path, `${what}: ${all.length - valid} \`${table}\` entries are not tables; skipped`));
  const entries = all.flatMap((entry: unknown, index) => (isTable(entry) ? [{ entry, index, line: lines[index] }] : []));
  return { data: parsed.data, entries, issues };
}

export function isOutput(value: LockEntries | CatalogOutput): value is CatalogOutput {
  return 'packages' in value;
}

/** An entry without a name or version cannot be matched against advisories: report where it is. */
export function missingField(path: string, what: string, index: number, line: number | undefined): CatalogIssue {
  const where = line ? `line ${line}` : `entry ${index + 1}`;
  return parseError(path, `${what}: package at ${where} has no name or version; skipped`);
}
