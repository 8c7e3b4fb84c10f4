import { parse, TomlError } from 'smol-toml';
import { isTable, type Table } from './guards.js';
import { parseError, type CatalogIssue } from './issues.js';

export type TomlResult = { data: Table; issue?: undefined } | { data?: undefined; issue: CatalogIssue };

/** Parses a TOML file; a syntax error becomes a parse-error issue naming line and column only. */
export function parseTomlFile(path: string, text: string, what: string): TomlResult {
  try {
    const data = parse(text);
    if (!isTable(data)) return { issue: parseError(path, `${what}: not a TOML table`) };
    return { data };
  } catch (err) {
    if (err instanceof TomlError) {
      return { issue: parseError(path, `${what}: not valid TOML (line ${err.line}, column ${err.column}); skipped`) };
    }
    const kind = err instanceof RangeError ? 'nested too deeply' : 'could not be parsed';
    return { issue: parseError(path, `${what}: ${kind}; skipped`) };
  }
}
