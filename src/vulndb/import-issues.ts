/** Non-fatal problems found while importing: counted per kind, with a few examples each. */

export type ImportIssueCode =
  | 'malformed-record'
  | 'unknown-ecosystem'
  | 'bad-range'
  | 'bad-secdb-entry'
  | 'unsafe-entry-name'
  | 'entry-too-large'
  | 'unreadable-entry'
  | 'unsupported-file'
  | 'symlink-skipped';

export interface ImportIssueSummary {
  code: ImportIssueCode;
  count: number;
  /** Up to MAX_EXAMPLES messages, each naming its file (and zip entry). */
  examples: string[];
}

const MAX_EXAMPLES = 5;

export class ImportIssues {
  private readonly byCode = new Map<ImportIssueCode, ImportIssueSummary>();

  add(code: ImportIssueCode, where: string, message: string): void {
    let entry = this.byCode.get(code);
    if (!entry) {
      entry = { code, count: 0, examples: [] };
      this.byCode.set(code, entry);
    }
    entry.count += 1;
    if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(`${where}: ${message}`);
  }

  get total(): number {
    let n = 0;
    for (const e of this.byCode.values()) n += e.count;
    return n;
  }

  count(code: ImportIssueCode): number {
    return this.byCode.get(code)?.count ?? 0;
  }

  summary(): ImportIssueSummary[] {
    return [...this.byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  }
}
