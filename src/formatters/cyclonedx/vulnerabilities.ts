import type { Finding, PackageLocation, ScanResult } from '../../core/model.js';
import type { CdxRating, CdxSource, CdxVulnerability } from './cyclonedx-types.js';
import { affectedRef, compareText, isVulnerability } from './sbom-packages.js';

/** Where an advisory id comes from, by its prefix; the URL is the advisory's canonical page. */
export function advisorySource(id: string): CdxSource {
  if (/^CVE-\d{4}-\d+$/i.test(id)) return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id}` };
  if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i.test(id)) return { name: 'GitHub Advisories', url: `https://github.com/advisories/${id}` };
  if (/^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9._:-]+$/.test(id)) return { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` };
  return { name: 'patchline' };
}

export function cvssMethod(version: string): CdxRating['method'] {
  const major = version.trim().replace(/^v/i, '');
  if (major === '3.1') return 'CVSSv31';
  if (major === '3' || major === '3.0') return 'CVSSv3';
  if (major === '4' || major === '4.0') return 'CVSSv4';
  if (major === '2' || major === '2.0') return 'CVSSv2';
  return 'other';
}

function ratings(f: Finding): CdxRating[] {
  if (!f.cvss) return [{ severity: f.severity, method: 'other' }];
  const score = Number.isFinite(f.cvss.score) ? { score: f.cvss.score } : {};
  return [{ ...score, severity: f.severity, method: cvssMethod(f.cvss.version), ...(f.cvss.vector && { vector: f.cvss.vector }) }];
}

function cweNumbers(cwe: readonly string[]): number[] {
  const ids = cwe.map((c) => /^CWE-(\d+)$/i.exec(c.trim())?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return [...new Set(ids)].sort((a, b) => a - b);
}

function isWebUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** An active ignore is published as an accepted risk (the team will not fix it), with its reason. */
function analysis(f: Finding): CdxVulnerability['analysis'] | undefined {
  if (f.suppression?.status !== 'active') return undefined;
  const expires = f.suppression.expires ? ` until ${f.suppression.expires}` : '';
  return { response: ['will_not_fix'], detail: `Accepted in the patchline configuration (${f.suppression.matchedBy})${expires}: ${f.suppression.reason}` };
}

export function toVulnerability(result: ScanResult, f: Finding & { location: PackageLocation }): CdxVulnerability {
  const aliases = [...new Set(f.aliases)].filter((a) => a !== f.ruleId).sort(compareText);
  const cwes = cweNumbers(f.cwe);
  const advisories = [...new Set(f.references.filter(isWebUrl))].map((url) => ({ url }));
  const state = analysis(f);
  return {
    id: f.ruleId,
    source: advisorySource(f.ruleId),
    ...(aliases.length > 0 && { references: aliases.map((id) => ({ id, source: advisorySource(id) })) }),
    ratings: ratings(f),
    ...(cwes.length > 0 && { cwes }),
    description: f.title,
    detail: f.message,
    ...(f.fix && { recommendation: f.fix }),
    ...(advisories.length > 0 && { advisories }),
    ...(state && { analysis: state }),
    affects: [{ ref: affectedRef(result, f.location) }],
    properties: [{ name: 'patchline:fingerprint', value: f.fingerprint }],
  };
}

/** One entry per vulnerability finding (a finding is one advisory on one package), sorted by id then package. */
export function vulnerabilities(result: ScanResult): CdxVulnerability[] {
  return result.findings
    .filter(isVulnerability)
    .map((f) => toVulnerability(result, f))
    .sort((a, b) => compareText(a.id, b.id) || compareText(a.affects[0]!.ref, b.affects[0]!.ref));
}
