import type { Confidence, FileLocation, Severity, Suppression } from '../../core/model.js';
import type { DraftFinding } from '../../scanners/types.js';
import { clip, reportPath } from '../report-fields.js';
import { cweFor, mapSeverity, probabilityConfidence } from './classify.js';
import type { SonarHotspot, SonarIssue, TextRange } from './schema.js';

/** What the mapper knows beyond one issue: component paths and rule names from the same answer. */
export interface MapContext {
  componentPaths: ReadonlyMap<string, string>;
  ruleNames: ReadonlyMap<string, string>;
  projectKey?: string;
  /** The scan root: absolute component paths under it become relative. */
  root?: string;
}

/** Why an issue did not become a finding; counted and reported as one issue per reason. */
export type SkipReason = 'not-security' | 'resolved';

export type Mapped = { finding: DraftFinding } | { skipped: SkipReason };

const SECURITY_TYPES = new Set(['VULNERABILITY', 'SECURITY_HOTSPOT']);
const GONE = new Set(['FIXED', 'REMOVED']);
const ACCEPTED = new Set(['FALSE-POSITIVE', 'WONTFIX', 'SAFE', 'ACCEPTED', 'FALSE_POSITIVE']);

/**
 * One `api/issues/search` issue. Security means type VULNERABILITY or SECURITY_HOTSPOT, or, in MQR mode,
 * an impact on the SECURITY software quality; `assumeSecurity` is for exports that carry no type.
 * `includeAll` keeps bugs and code smells too, tagged with their type.
 */
export function mapIssue(issue: SonarIssue, ctx: MapContext, assumeSecurity = false, includeAll = false): Mapped {
  const type = issue.type?.toUpperCase();
  const securityImpact = issue.impacts?.find((i) => i.softwareQuality.toUpperCase() === 'SECURITY');
  const isSecurity = type ? SECURITY_TYPES.has(type) || securityImpact !== undefined : assumeSecurity || securityImpact !== undefined;
  if (!isSecurity && !includeAll) return { skipped: 'not-security' };
  if (issue.status?.toUpperCase() === 'CLOSED' || GONE.has(issue.resolution?.toUpperCase() ?? '')) return { skipped: 'resolved' };
  const hotspot = type === 'SECURITY_HOTSPOT';
  const severity: Severity = mapSeverity(securityImpact?.severity) ?? mapSeverity(issue.severity) ?? 'medium';
  const confidence: Confidence = hotspot ? 'medium' : 'high';
  const kind = hotspot ? 'security-hotspot' : type === undefined || type === 'VULNERABILITY' ? 'vulnerability' : 'security-impact';
  const tags = [...(isSecurity ? ['security'] : []), 'sonarqube', issue.rule, isSecurity ? kind : (type ?? 'issue').toLowerCase().replace(/_/g, '-'), ...(issue.tags ?? [])];
  if (issue.cleanCodeAttribute) tags.push(`clean-code:${issue.cleanCodeAttribute.toLowerCase()}`);
  const accepted = issue.resolution ?? (issue.issueStatus && ACCEPTED.has(issue.issueStatus.toUpperCase()) ? issue.issueStatus : undefined);
  return {
    finding: build({
      rule: issue.rule,
      severity,
      confidence,
      message: issue.message,
      location: locate(issue.component, issue.project, issue.textRange, issue.line, ctx),
      cwe: cweFor(issue.rule, issue.tags),
      tags,
      identity: issue.hash ?? issue.key ?? issue.message ?? '',
      suppression: accepted && ACCEPTED.has(accepted.toUpperCase()) ? suppressed(accepted) : undefined,
      ctx,
    }),
  };
}

/** One `api/hotspots/search` hotspot; a hotspot reviewed as FIXED is gone, one reviewed SAFE is suppressed. */
export function mapHotspot(h: SonarHotspot, ctx: MapContext): Mapped {
  const resolution = h.resolution?.toUpperCase();
  if (resolution === 'FIXED') return { skipped: 'resolved' };
  const rule = h.ruleKey ?? `hotspot:${h.securityCategory ?? 'others'}`;
  const tags = ['security', 'sonarqube', rule, 'security-hotspot'];
  if (h.securityCategory) tags.push(h.securityCategory);
  return {
    finding: build({
      rule,
      severity: mapSeverity(h.vulnerabilityProbability) ?? 'medium',
      confidence: probabilityConfidence(h.vulnerabilityProbability) ?? 'medium',
      message: h.message,
      location: locate(h.component, h.project, h.textRange, h.line, ctx),
      cwe: cweFor(rule, [], h.securityCategory),
      tags,
      identity: h.key ?? h.message ?? '',
      suppression: resolution === 'SAFE' ? suppressed('SAFE') : undefined,
      ctx,
    }),
  };
}

interface Parts {
  rule: string;
  severity: Severity;
  confidence: Confidence;
  message: string | undefined;
  location: FileLocation;
  cwe: string[];
  tags: string[];
  identity: string;
  suppression: Suppression | undefined;
  ctx: MapContext;
}

function build(p: Parts): DraftFinding {
  const message = clip(p.message?.trim() || `SonarQube rule ${p.rule}`);
  return {
    ruleId: `sonarqube:${p.rule}`,
    category: 'code',
    severity: p.severity,
    confidence: p.confidence,
    title: clip(p.ctx.ruleNames.get(p.rule) ?? message, 200),
    message,
    cwe: p.cwe,
    aliases: [],
    location: p.location,
    references: [],
    tags: [...new Set(p.tags)],
    ...(p.suppression && { suppression: p.suppression }),
    fingerprintContent: `${p.rule}:${p.identity}`,
  };
}

function suppressed(resolution: string): Suppression {
  return { status: 'active', reason: `reviewed in SonarQube as ${resolution}`, matchedBy: `sonarqube:${resolution.toLowerCase()}` };
}

/**
 * A component key is `<project key>:<path>`; the answer's `components[]` gives the path outright. An
 * issue on the project itself (no file, e.g. a dependency-check finding) is placed at the project root `.`.
 */
export function componentPath(component: string, project: string | undefined, ctx: MapContext): string {
  const known = ctx.componentPaths.get(component);
  if (known !== undefined) return known;
  for (const prefix of [project, ctx.projectKey]) {
    if (!prefix) continue;
    if (component === prefix) return '.';
    if (component.startsWith(`${prefix}:`)) return component.slice(prefix.length + 1);
  }
  return component;
}

function locate(component: string, project: string | undefined, range: TextRange | undefined, line: number | undefined, ctx: MapContext): FileLocation {
  const startLine = positive(range?.startLine) ?? positive(line) ?? 1;
  const loc: FileLocation = { kind: 'file', path: reportPath(componentPath(component, project, ctx), ctx.root), startLine };
  const endLine = positive(range?.endLine);
  if (endLine !== undefined && endLine >= startLine) loc.endLine = endLine;
  // textRange offsets are 0-based, end exclusive; patchline columns are 1-based, end exclusive.
  if (range?.startOffset !== undefined && range.startOffset >= 0) loc.startColumn = range.startOffset + 1;
  if (range?.endOffset !== undefined && range.endOffset >= 0) loc.endColumn = range.endOffset + 1;
  return loc;
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}
