import { errorMessage } from '../core/errors.js';
import { importReports, type ImportedReports } from './registry.js';
import { importSonarQube } from './sonarqube/index.js';
import type { ImportContext } from './types.js';

const SONARQUBE_REF = /^sonarqube(\+https?)?:\/\//;

/**
 * Imports each reference: a report file, or `sonarqube://HOST/PROJECT_KEY` read from SonarQube's Web API
 * (token from SONAR_TOKEN). A server that fails becomes an issue; what other references gave is kept.
 */
export async function importRefs(refs: readonly string[], ctx: ImportContext, env: NodeJS.ProcessEnv = process.env): Promise<ImportedReports> {
  const files = refs.filter((r) => !SONARQUBE_REF.test(r));
  const out = await importReports(files, ctx);
  for (const ref of refs.filter((r) => SONARQUBE_REF.test(r))) {
    try {
      const decoded = await importSonarQube(ref, { env });
      out.drafts.push({ scanner: 'import:sonarqube', findings: decoded.findings });
      for (const issue of decoded.issues ?? []) out.issues.push({ ...issue, scanner: 'import:sonarqube' });
      Object.assign(out.properties, decoded.properties);
      out.reports.push({ path: ref, importer: 'sonarqube' });
    } catch (err) {
      out.issues.push({ code: 'import-failed', message: `${ref}: ${errorMessage(err)}`, scanner: 'import:sonarqube' });
    }
  }
  return out;
}
