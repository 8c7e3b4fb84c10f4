import type { ScanIssue } from '../../../core/model.js';

/** An issue as a cataloger returns it (the pipeline stamps the cataloger id on it). */
export interface CatalogIssue extends Omit<ScanIssue, 'scanner'> {}

/** Messages say what and where, never quoting file content (it could hold a secret). */
export function parseError(path: string, message: string): CatalogIssue {
  return { code: 'parse-error', message, path };
}
