import type { ScanIssue } from '../core/model.js';
import type { DraftFinding } from '../scanners/types.js';
import { banditImporter } from './bandit/index.js';
import { readReport } from './read-report.js';
import { sarifImporter } from './sarif/index.js';
import { semgrepImporter } from './semgrep/index.js';
import { sonarqubeImporter } from './sonarqube/index.js';
import { zapImporter } from './zap/index.js';
import type { ImportContext, Importer, ReportInput } from './types.js';

/** Every importer, listed explicitly in alphabetical order; the folder name is the id. */
export const importers = [banditImporter, sarifImporter, semgrepImporter, sonarqubeImporter, zapImporter] as const satisfies readonly Importer[];

export const UNKNOWN_REPORT = 'not a report patchline can read (SARIF 2.1.0, Semgrep JSON, Bandit JSON, SonarQube JSON, OWASP ZAP JSON or XML)';

const UNREADABLE = new Set(['parse-error', 'bad-report']);

/** The importer whose format this report is, or undefined. */
export function identifyReport(input: ReportInput): Importer | undefined {
  return importers.find((i) => i.identify(input));
}

export interface ImportedReports {
  /** One entry per decoded report; `scanner` is `import:<importer id>`. */
  drafts: { scanner: string; findings: DraftFinding[] }[];
  issues: ScanIssue[];
  /** Facts the reports carry, e.g. the tool versions. */
  properties: Record<string, string>;
  /** The reports that were read, with the importer that decoded each. */
  reports: { path: string; importer: string }[];
}

/** Reads, identifies and decodes each report; a file that cannot be read or decoded is an issue, never a throw. */
export async function importReports(paths: readonly string[], ctx: ImportContext): Promise<ImportedReports> {
  const out: ImportedReports = { drafts: [], issues: [], properties: {}, reports: [] };
  for (const file of paths) {
    const read = await readReport(file);
    if (!read.ok) {
      out.issues.push({ ...read.issue, scanner: 'import' });
      continue;
    }
    const importer = identifyReport(read.input);
    if (!importer) {
      out.issues.push({ code: 'unknown-report', message: `${file} is ${UNKNOWN_REPORT}`, path: file, scanner: 'import' });
      continue;
    }
    const scanner = `import:${importer.meta.id}`;
    try {
      const decoded = await importer.decode(read.input, ctx);
      const issues = decoded.issues ?? [];
      out.issues.push(...issues.map((i) => ({ ...i, scanner })));
      // A report that would not parse, or is not shaped like its format, was not read.
      if (decoded.findings.length === 0 && issues.some((i) => UNREADABLE.has(i.code))) continue;
      out.drafts.push({ scanner, findings: decoded.findings });
      Object.assign(out.properties, decoded.properties);
      out.reports.push({ path: file, importer: importer.meta.id });
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      out.issues.push({ code: 'import-error', message: `${file} could not be imported as ${importer.meta.id}: ${detail}`, path: file, scanner });
    }
  }
  return out;
}
