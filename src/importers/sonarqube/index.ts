import type { ImportContext, Importer, ImportOutput, ReportInput } from '../types.js';
import { decodeSonarQube } from './decode.js';
import { identifySonarQube } from './identify.js';

export { fetchSonarQube, type SonarQubeFetchOptions, type SonarQubeFetchResult } from './client.js';
export { importSonarQube, parseSonarQubeRef, type SonarQubeImportOptions } from './import-ref.js';

/**
 * SonarQube / SonarCloud: api/issues/search and api/hotspots/search answers (one page, an array of pages,
 * or bare arrays of issues/hotspots), api/qualitygates/project_status, and sonar-report JSON exports.
 * Only security problems become findings (VULNERABILITY, SECURITY_HOTSPOT, MQR SECURITY impact); bugs and
 * code smells are counted in an issue.
 */
export const sonarqubeImporter = {
  meta: {
    id: 'sonarqube',
    version: '1.0.0',
    summary: 'SonarQube Web API answers (issues, hotspots, quality gate) and sonar-report JSON; security issues only',
  },
  identify: identifySonarQube,
  decode: (input: ReportInput, ctx: ImportContext): ImportOutput => decodeSonarQube(input, ctx),
} satisfies Importer;
