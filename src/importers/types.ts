import type { ScanIssue } from '../core/model.js';
import type { PluginMeta, DraftFinding } from '../scanners/types.js';

/** What an importer is given: a report file of another tool, already read under a size limit. */
export interface ReportInput {
  /** The path as the user named it (for messages). */
  name: string;
  bytes: Buffer;
}

export interface ImportContext {
  /**
   * The scan root when the report is imported into a scan, so that absolute or `file://` paths in the
   * report can be made relative to it; undefined for a stand-alone `patchline import`.
   */
  root?: string;
}

export interface ImportOutput {
  /** `scanner` of the stamped findings is `import:<importer id>`; `tags` carry the original tool's ids. */
  findings: DraftFinding[];
  issues?: Omit<ScanIssue, 'scanner'>[];
  /** Extra facts the report carries for the summary, e.g. a SonarQube quality-gate status. */
  properties?: Record<string, string>;
}

/** Reads another tool's report into findings: it identifies its format, then decodes it. */
export interface Importer {
  meta: PluginMeta;
  /** Cheap check on the first bytes and the file name: is this report mine? */
  identify(input: ReportInput): boolean;
  decode(input: ReportInput, ctx: ImportContext): ImportOutput | Promise<ImportOutput>;
}
