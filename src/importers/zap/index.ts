import { parseReportJson, reportHead, reportText } from '../read-report.js';
import { asRecord, decodeResults, shapeIssue } from '../report-fields.js';
import type { ImportOutput, Importer, ReportInput } from '../types.js';
import { zapFinding } from './map.js';
import { readZapJson } from './read-json.js';
import { readZapXml } from './read-xml.js';
import type { ZapAlert, ZapInstance, ZapReport } from './report.js';

const FORMAT = 'OWASP ZAP report';

/** Reads OWASP ZAP's traditional reports, JSON and XML (plain or `-plus` with requests and responses). */
export const zapImporter = {
  meta: { id: 'zap', version: '1.0.0', summary: 'OWASP ZAP traditional JSON and XML reports: one web finding per alert instance' },

  identify(input: ReportInput): boolean {
    const head = reportHead(input, 64 * 1024);
    if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<OWASPZAPReport\b/.test(head)) return true;
    if (!/^\s*\{/.test(head) || !/"site"\s*:/.test(head)) return false;
    return /"@programName"\s*:\s*"ZAP"/.test(head) || (/"@version"\s*:/.test(head) && /"@generated"\s*:/.test(head));
  },

  decode(input: ReportInput): ImportOutput {
    const read = readReportOf(input);
    if ('issue' in read) return { findings: [], issues: [read.issue] };
    const pairs = read.report.alerts.flatMap((alert) => alert.instances.map((instance): [ZapAlert, ZapInstance] => [alert, instance]));
    const { findings, issues } = decodeResults(input.name, pairs, FORMAT, 'a uri', (pair) => zapFinding(...(pair as [ZapAlert, ZapInstance])));
    const bare = read.report.alerts.filter((a) => a.instances.length === 0).length;
    if (bare > 0) issues.push(shapeIssue(input.name, `complete ${FORMAT}`, `${bare} alerts without instances were skipped`));
    const properties: Record<string, string> = {};
    if (read.report.version) properties['zap.version'] = read.report.version;
    if (read.report.generated) properties['zap.generated'] = read.report.generated;
    return { findings, issues, properties };
  },
} satisfies Importer;

function readReportOf(input: ReportInput): { report: ZapReport } | { issue: NonNullable<ImportOutput['issues']>[number] } {
  if (/^\s*</.test(reportHead(input, 1024))) {
    const xml = readZapXml(reportText(input));
    return xml.ok ? { report: xml.report } : { issue: { ...shapeIssue(input.name, FORMAT, xml.problem), code: 'parse-error' } };
  }
  const parsed = parseReportJson(input);
  if (!parsed.ok) return { issue: parsed.issue };
  const doc = asRecord(parsed.value);
  const report = doc && readZapJson(doc);
  return report ? { report } : { issue: shapeIssue(input.name, FORMAT, 'it has no site list') };
}
