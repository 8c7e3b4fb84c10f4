import type { Package } from '../../core/model.js';
import type { DraftFinding } from '../../scanners/types.js';
import type { VulnerabilityGroup } from './aliases.js';
import type { SeverityVerdict } from './severity.js';

/** CWE-1395: Dependency on Vulnerable Third-Party Component — what every SCA finding is, whatever the advisory's own weakness. */
export const VULNERABLE_DEPENDENCY_CWE = 'CWE-1395';

export interface FindingParts {
  pkg: Package;
  group: VulnerabilityGroup;
  severity: SeverityVerdict;
  /** Fixed versions of this vulnerability above the installed one, lowest first. */
  fixedVersions: string[];
  /** The lowest fixed version that none of this vulnerability's advisories affects. */
  fixVersion?: string;
  /** The lowest version free of every known advisory of the package. */
  safeVersion?: string;
}

/** One finding per (package, vulnerability), under the preferred id, with every alias and reference merged. */
export function toFinding(parts: FindingParts): DraftFinding {
  const { pkg, group, severity } = parts;
  const pinned = !pkg.constraint;
  const summary = summaryOf(group);
  const about = summary ?? firstSentence(group);
  const ids = [group.id, ...group.aliases].join(', ');
  const first = pkg.locations[0];
  const fix = fixText(parts);
  return {
    ruleId: group.id,
    category: 'vulnerability',
    severity: severity.severity,
    confidence: !pinned ? 'low' : severity.source === 'default' ? 'medium' : 'high',
    title: summary ?? group.id,
    message: `${describe(pkg)} is affected by ${ids}${about ? `: ${about}` : ''}`,
    cwe: cwes(group),
    aliases: group.aliases,
    ...(severity.cvss && { cvss: severity.cvss }),
    location: {
      kind: 'package',
      ecosystem: pkg.ecosystem,
      name: pkg.name,
      version: pkg.version,
      ...(first && { path: first.path }),
      ...(first?.line !== undefined && { line: first.line }),
      ...(pkg.layer && { layer: pkg.layer }),
    },
    ...(fix && { fix }),
    ...(parts.fixedVersions.length > 0 && { fixedVersions: parts.fixedVersions }),
    ...(parts.safeVersion && { safeVersion: parts.safeVersion }),
    references: references(group),
    fingerprintContent: `${pkg.ecosystem}/${pkg.name}@${pkg.version}/${group.id}`,
  };
}

function describe(pkg: Package): string {
  const version = pkg.constraint ? `${pkg.version} (the lowest version '${pkg.constraint}' allows)` : pkg.version;
  const source = pkg.source && pkg.source.name !== pkg.name ? ` (source package ${pkg.source.name} ${pkg.source.version})` : '';
  const layer = pkg.layer?.createdBy ? ` (installed by the image step \`${pkg.layer.createdBy.replace(/\s+/g, ' ').slice(0, 120)}\`)` : '';
  return `${pkg.name} ${version}${source}${layer}`;
}

/** The first summary among the merged advisories (sorted by id, so GHSA's wins over PYSEC's, stably). */
function summaryOf(group: VulnerabilityGroup): string | undefined {
  for (const { advisory } of group.matches) {
    const s = advisory.summary?.replace(/\s+/g, ' ').trim();
    if (s) return s.length > 200 ? `${s.slice(0, 199)}…` : s;
  }
  return undefined;
}

/** Without a summary (PYSEC records have none), the opening sentence of the first advisory's details. */
function firstSentence(group: VulnerabilityGroup): string | undefined {
  for (const { advisory } of group.matches) {
    const text = advisory.details?.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
    return sentence.length > 300 ? `${sentence.slice(0, 299)}…` : sentence;
  }
  return undefined;
}

function fixText(parts: FindingParts): string | undefined {
  const { pkg, group, fixVersion, safeVersion } = parts;
  const verb = pkg.constraint ? `Raise the lower bound of ${pkg.name} to` : `Upgrade ${pkg.name} to`;
  if (!fixVersion) {
    const others = parts.fixedVersions.length > 0 ? ` (fixed versions listed: ${parts.fixedVersions.join(', ')}, but none is free of every alias)` : '';
    return `No fixed version of ${pkg.name} is known for ${group.id}${others}; remove or replace the dependency, or accept the risk with an ignore entry.`;
  }
  const main = `${verb} ${fixVersion} (fixes ${group.id})`;
  if (!safeVersion) return `${main}; no version free of every known advisory of ${pkg.name} is known.`;
  if (safeVersion === fixVersion) return `${main}; ${safeVersion} is also the lowest version with no known advisory.`;
  return `${main}; ${safeVersion} is the lowest version with no known advisory of ${pkg.name}.`;
}

function cwes(group: VulnerabilityGroup): string[] {
  const own = group.matches.flatMap(({ advisory }) => {
    const ids = advisory.database_specific?.['cwe_ids'];
    return Array.isArray(ids) ? ids.filter((c): c is string => typeof c === 'string' && /^CWE-\d+$/.test(c)) : [];
  });
  return [...new Set([VULNERABLE_DEPENDENCY_CWE, ...own])];
}

function references(group: VulnerabilityGroup): string[] {
  const urls = group.matches.flatMap(({ advisory }) => (advisory.references ?? []).map((r) => r?.url).filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u)));
  return [...new Set(urls)];
}
