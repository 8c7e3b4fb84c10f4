import type { Finding, RuleMeta } from '../../core/model.js';
import { escapeMarkdown } from '../shared/escape.js';
import { cweTag, precision, sarifLevel, securitySeverity } from './levels.js';
import type { SarifReportingDescriptor } from './sarif-types.js';

/** A finding's own fields standing in for a rule the catalogue does not hold (advisories, imports). */
export function ruleFromFinding(finding: Finding): RuleMeta {
  return {
    id: finding.ruleId,
    title: finding.title,
    description: finding.message,
    severity: finding.severity,
    category: finding.category,
    confidence: finding.confidence,
    cwe: finding.cwe,
    help: finding.fix ?? '',
    ...(finding.tags && { tags: finding.tags }),
    references: finding.references,
  };
}

const HTTP_URL = /^https?:\/\/[^\s()<>]+$/;

function cweNumber(cwe: string): string | undefined {
  return cweTag(cwe)?.replace('external/cwe/cwe-', '');
}

const MAX_NAME_WORDS = 8;

/** `AWS access key ID` → `AwsAccessKeyId`: SARIF's `name` is a readable Pascal-case identifier. */
export function ruleName(title: string, fallback: string): string {
  const words = (title.match(/[A-Za-z0-9]+/g) ?? []).slice(0, MAX_NAME_WORDS);
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('');
  return name || fallback;
}

function helpText(rule: RuleMeta): string {
  const refs = rule.references ?? [];
  const parts = [rule.help || rule.description];
  if (refs.length > 0) parts.push(`References:\n${refs.map((r) => `- ${r}`).join('\n')}`);
  return parts.join('\n\n');
}

function helpMarkdown(rule: RuleMeta): string {
  const parts = [`**${escapeMarkdown(rule.title)}**`, escapeMarkdown(rule.description)];
  if (rule.help) parts.push(`**Fix:** ${escapeMarkdown(rule.help)}`);
  const cwes = rule.cwe.flatMap((c) => {
    const n = cweNumber(c);
    return n ? [`[CWE-${n}](https://cwe.mitre.org/data/definitions/${n}.html)`] : [];
  });
  if (cwes.length > 0) parts.push(`**Weakness:** ${cwes.join(', ')}`);
  const refs = (rule.references ?? []).map((r) => (HTTP_URL.test(r) ? `- <${r}>` : `- ${escapeMarkdown(r)}`));
  if (refs.length > 0) parts.push(`**References**\n\n${refs.join('\n')}`);
  return parts.join('\n\n');
}

function tags(rule: RuleMeta): string[] {
  const cwes = rule.cwe.flatMap((c) => cweTag(c) ?? []);
  return [...new Set(['security', rule.category, ...cwes, ...(rule.tags ?? [])])];
}

export function reportingDescriptor(rule: RuleMeta): SarifReportingDescriptor {
  const helpUri = (rule.references ?? []).find((r) => HTTP_URL.test(r));
  return {
    id: rule.id,
    name: ruleName(rule.title, rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description || rule.title },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    ...(helpUri && { helpUri }),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags: tags(rule),
      'security-severity': securitySeverity(rule.severity),
      precision: precision(rule.confidence),
    },
  };
}

/**
 * The rules that fired, and only those, sorted by id; the catalogue describes them when it knows them,
 * else the first finding of the rule does. Returns the descriptors and each rule id's index.
 */
export function firedRules(
  findings: readonly Finding[],
  catalogue: readonly RuleMeta[] = [],
): { rules: SarifReportingDescriptor[]; index: Map<string, number> } {
  const known = new Map(catalogue.map((r) => [r.id, r]));
  const fired = new Map<string, RuleMeta>();
  for (const f of findings) {
    if (!fired.has(f.ruleId)) fired.set(f.ruleId, known.get(f.ruleId) ?? ruleFromFinding(f));
  }
  const ids = [...fired.keys()].sort();
  const rules = ids.map((id) => reportingDescriptor(fired.get(id)!));
  return { rules, index: new Map(ids.map((id, i) => [id, i])) };
}
