import { asArray, asRecord } from '../report-fields.js';
import { ALERT_FIELDS, INSTANCE_FIELDS, pickFields, type ZapAlert, type ZapReport } from './report.js';

/** ZAP's traditional JSON report (`-J`, `traditional-json`, `traditional-json-plus`): `site[].alerts[].instances[]`. */
export function readZapJson(doc: Record<string, unknown>): ZapReport | undefined {
  if (!('site' in doc)) return undefined;
  const sites = Array.isArray(doc.site) ? doc.site : [doc.site];
  const alerts: ZapAlert[] = [];
  for (const site of sites) {
    for (const raw of asArray(asRecord(site)?.alerts)) {
      const alert = asRecord(raw);
      if (!alert) continue;
      const instances = asArray(alert.instances).map((i) => pickFields(asRecord(i) ?? {}, INSTANCE_FIELDS, scalar));
      alerts.push({ ...pickFields(alert, ALERT_FIELDS, scalar), instances });
    }
  }
  const version = scalar(doc['@version']);
  const generated = scalar(doc['@generated']);
  return { alerts, ...(version && { version }), ...(generated && { generated }) };
}

function scalar(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
