import type { Confidence, Severity } from '../../core/model.js';

/**
 * CWE of the well-known SonarQube security rules, by rule number (the same number across languages:
 * `python:S2076`, `javasecurity:S2076`, `roslyn.sonaranalyzer.security.cs:S2076`).
 */
const RULE_CWE: Readonly<Record<string, string>> = {
  S3649: 'CWE-89', // SQL injection
  S2076: 'CWE-78', // OS command injection
  S5131: 'CWE-79', // reflected XSS
  S5247: 'CWE-79', // template auto-escaping disabled
  S2083: 'CWE-22', // path injection
  S6096: 'CWE-22', // zip slip
  S5144: 'CWE-918', // SSRF
  S5146: 'CWE-601', // open redirect
  S5135: 'CWE-502', // deserialization
  S2245: 'CWE-338', // weak PRNG
  S4790: 'CWE-328', // weak hash
  S4507: 'CWE-489', // debug features in production
  S5332: 'CWE-319', // clear-text protocol
  S2068: 'CWE-798', // hard-coded password
  S6418: 'CWE-798', // hard-coded secret
  S4830: 'CWE-295', // certificate validation disabled
  S5527: 'CWE-297', // hostname verification disabled
  S4423: 'CWE-326', // weak TLS version
  S4426: 'CWE-326', // short crypto key
  S5547: 'CWE-327', // weak cipher
  S5542: 'CWE-327', // insecure cipher mode
  S2078: 'CWE-90', // LDAP injection
  S2091: 'CWE-643', // XPath injection
  S5145: 'CWE-117', // log injection
  S5334: 'CWE-94', // code injection
  S2755: 'CWE-611', // XXE
  S2631: 'CWE-1333', // regex injection (ReDoS)
  S5852: 'CWE-1333', // slow regex
  S4502: 'CWE-352', // CSRF protection disabled
  S3752: 'CWE-352', // safe and unsafe HTTP methods allowed
  S4792: 'CWE-117', // logger configuration
  S2092: 'CWE-614', // cookie without Secure
  S3330: 'CWE-1004', // cookie without HttpOnly
  S5443: 'CWE-377', // publicly writable temp directory
  S2612: 'CWE-732', // loose file permissions
  S6471: 'CWE-250', // container runs as root
};

/** CWE by hotspot `securityCategory` (SonarQube's own categories), when the rule is not in the table. */
const CATEGORY_CWE: Readonly<Record<string, string>> = {
  'sql-injection': 'CWE-89',
  'command-injection': 'CWE-78',
  'path-traversal-injection': 'CWE-22',
  'ldap-injection': 'CWE-90',
  'xpath-injection': 'CWE-643',
  'log-injection': 'CWE-117',
  rce: 'CWE-94',
  xss: 'CWE-79',
  xxe: 'CWE-611',
  ssrf: 'CWE-918',
  'open-redirect': 'CWE-601',
  'object-injection': 'CWE-502',
  'weak-cryptography': 'CWE-327',
  'insecure-conf': 'CWE-16',
  'encrypt-data': 'CWE-311',
  'http-response-splitting': 'CWE-113',
  'buffer-overflow': 'CWE-119',
  csrf: 'CWE-352',
  dos: 'CWE-400',
  auth: 'CWE-287',
  permission: 'CWE-732',
  traceability: 'CWE-778',
};

export const FALLBACK_CWE = 'CWE-710';

/** CWEs of a finding: the rule table, then `cwe-NNN` tags, then the hotspot category, else CWE-710. */
export function cweFor(ruleKey: string, tags: readonly string[] = [], securityCategory?: string): string[] {
  const out = new Set<string>();
  const num = /(S\d+)$/.exec(ruleKey)?.[1];
  const fromRule = num ? RULE_CWE[num] : undefined;
  if (fromRule) out.add(fromRule);
  for (const tag of tags) {
    const m = /^cwe-(\d+)$/i.exec(tag);
    if (m) out.add(`CWE-${m[1]}`);
  }
  const fromCategory = securityCategory ? CATEGORY_CWE[securityCategory] : undefined;
  if (out.size === 0 && fromCategory) out.add(fromCategory);
  return out.size > 0 ? [...out] : [FALLBACK_CWE];
}

/** Standard-experience severities and MQR impact severities, both spelled as SonarQube spells them. */
const SEVERITY: Readonly<Record<string, Severity>> = {
  BLOCKER: 'critical',
  CRITICAL: 'high',
  MAJOR: 'medium',
  MINOR: 'low',
  INFO: 'info',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
};

export function mapSeverity(value: string | undefined): Severity | undefined {
  return value ? SEVERITY[value.toUpperCase()] : undefined;
}

/** A hotspot's review priority: HIGH/MEDIUM/LOW vulnerabilityProbability. */
export function probabilityConfidence(value: string | undefined): Confidence | undefined {
  switch (value?.toUpperCase()) {
    case 'HIGH':
      return 'high';
    case 'MEDIUM':
      return 'medium';
    case 'LOW':
      return 'low';
    default:
      return undefined;
  }
}
