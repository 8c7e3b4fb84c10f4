import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeXmlEntities } from '../../core/xml-entities.js';
import { asRecord } from '../report-fields.js';
import { ALERT_FIELDS, INSTANCE_FIELDS, pickFields, type ZapAlert, type ZapReport } from './report.js';

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === 'site' || name === 'alertitem' || name === 'instance',
});

export type XmlOutcome = { ok: true; report: ZapReport } | { ok: false; problem: string };

/** ZAP's traditional XML report (`-x`, `traditional-xml`, `traditional-xml-plus`): `<OWASPZAPReport><site><alerts><alertitem>`. */
export function readZapXml(src: string): XmlOutcome {
  if (/<!ENTITY/i.test(src)) return { ok: false, problem: 'it declares XML entities (not expanded, for safety)' };
  const valid = XMLValidator.validate(src);
  if (valid !== true) return { ok: false, problem: `it is not well-formed XML (line ${valid.err.line}, column ${valid.err.col})` };
  const root = asRecord(asRecord(parser.parse(src))?.OWASPZAPReport);
  if (!root) return { ok: false, problem: 'it has no <OWASPZAPReport> root element' };
  const alerts: ZapAlert[] = [];
  for (const site of list(root.site)) {
    for (const item of list(asRecord(site.alerts)?.alertitem)) {
      const instances = list(asRecord(item.instances)?.instance).map((i) => pickFields(i, INSTANCE_FIELDS, text));
      alerts.push({ ...pickFields(item, ALERT_FIELDS, text), instances });
    }
  }
  const version = text(root['@version']);
  const generated = text(root['@generated']);
  return { ok: true, report: { alerts, ...(version && { version }), ...(generated && { generated }) } };
}

function list(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.map(asRecord).filter((o): o is Record<string, unknown> => o !== undefined) : [];
}

/** Element text with entities decoded; an empty element (`<attack />`) is undefined. */
function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = decodeXmlEntities(v);
  return t.trim() === '' ? undefined : t;
}
