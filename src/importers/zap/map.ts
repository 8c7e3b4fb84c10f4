import type { Confidence, Severity, Suppression } from '../../core/model.js';
import { redactCredentials, redactHttp } from '../../core/redact.js';
import { decodeXmlEntities } from '../../core/xml-entities.js';
import type { DraftFinding } from '../../scanners/types.js';
import { clip, cweId } from '../report-fields.js';
import type { ZapAlert, ZapInstance } from './report.js';

const MAX_HTTP_PART = 8000;
const MAX_EVIDENCE = 1000;

const RISK: Record<string, Severity> = { '0': 'info', '1': 'low', '2': 'medium', '3': 'high' };
const CONFIDENCE: Record<string, Confidence> = { '1': 'low', '2': 'medium', '3': 'high', '4': 'high' };

/** ZAP's confidence 0 means a person marked the alert a false positive. */
const FALSE_POSITIVE: Suppression = { status: 'active', reason: 'marked as a false positive in ZAP', matchedBy: 'zap:confidence=0' };

/** One finding per alert instance; undefined when the instance has no URI. */
export function zapFinding(alert: ZapAlert, instance: ZapInstance): DraftFinding | undefined {
  const url = instance.uri?.trim();
  if (!url) return undefined;
  const pluginId = alert.pluginId?.trim() || 'unknown';
  const name = alert.name?.trim() || `ZAP alert ${pluginId}`;
  const cwe = alert.cweid && Number(alert.cweid) > 0 ? cweId(alert.cweid.trim()) : undefined;
  const method = instance.method?.trim().toUpperCase();
  const param = instance.param?.trim();
  const evidence = evidenceOf(instance);
  const http = httpOf(instance);
  const solution = alert.solution && htmlText(alert.solution);
  const alertRef = alert.alertRef?.trim();
  return {
    ruleId: `zap:${pluginId}`,
    category: 'web',
    severity: RISK[alert.riskcode?.trim() ?? ''] ?? 'info',
    confidence: CONFIDENCE[alert.confidence?.trim() ?? ''] ?? 'low',
    title: clip(name, 200),
    message: clip(messageOf(alert, instance, name)),
    cwe: cwe ? [cwe] : [],
    aliases: [],
    location: { kind: 'url', url: redactCredentials(url), ...(method && { method }), ...(param && { param }) },
    ...(evidence && { evidence }),
    ...(http && { http }),
    ...(solution && { fix: clip(solution, 2000) }),
    references: referencesOf(alert.reference),
    tags: alertRef && alertRef !== pluginId ? [`zap:${pluginId}`, `zap:${alertRef}`] : [`zap:${pluginId}`],
    ...(alert.confidence?.trim() === '0' && { suppression: FALSE_POSITIVE }),
    fingerprintContent: alertRef ?? pluginId,
  };
}

function messageOf(alert: ZapAlert, instance: ZapInstance, name: string): string {
  const desc = alert.desc ? htmlText(alert.desc) : name;
  const other = instance.otherinfo ?? alert.otherinfo;
  return redactCredentials(other ? `${desc}\n\n${htmlText(other)}` : desc);
}

function evidenceOf(instance: ZapInstance): string | undefined {
  const lines = [instance.evidence?.trim(), instance.attack?.trim() && `attack: ${instance.attack.trim()}`].filter((l): l is string => !!l);
  return lines.length > 0 ? clip(redactHttp(lines.join('\n')), MAX_EVIDENCE) : undefined;
}

/** The request and response ZAP's `-plus` reports carry, as HTTP/1.1 text, bounded and redacted. */
function httpOf(instance: ZapInstance): { request: string; response: string } | undefined {
  if (!instance.requestHeader && !instance.responseHeader) return undefined;
  return {
    request: message(instance.requestHeader, instance.requestBody),
    response: message(instance.responseHeader, instance.responseBody),
  };
}

function message(header: string | undefined, body: string | undefined): string {
  // Some writers indent the header block like the XML around it; header lines never start with space.
  const head = (header ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '').join('\n');
  const text = body?.trim() ? `${head}\n\n${body.trim()}` : head;
  return redactHttp(clip(text, MAX_HTTP_PART));
}

/** ZAP writes descriptions as HTML paragraphs (`<p>…</p>`); keep the text, one paragraph a line. */
export function htmlText(html: string): string {
  const text = html
    .replace(/<\/p>\s*|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]{0,200}>/g, '');
  return decodeXmlEntities(text)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

function referencesOf(reference: string | undefined): string[] {
  const urls = reference?.match(/https?:\/\/[^\s<>"']+/g) ?? [];
  return [...new Set(urls)].slice(0, 20);
}
