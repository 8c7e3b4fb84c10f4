import { z } from 'zod';
import { normalizeRelease } from './ecosystems.js';
import type { ImportIssues } from './import-issues.js';
import type { Advisory, OsvAffected } from './types.js';

/**
 * Alpine's security database (secdb.alpinelinux.org, `v3.10/main.yaml` or `.json`) lists, per source
 * package, the versions that fixed each CVE. It is converted the way osv.dev does it: one
 * `ALPINE-<CVE>` advisory per CVE, one affected entry per (release, package, fixed version) with the
 * range `introduced 0 → fixed V`. A fix at version `0` means the CVE never affected Alpine's package;
 * it becomes the empty range `introduced 0 → fixed 0`, which no version falls into.
 */

const SecdbSchema = z.looseObject({
  distroversion: z.string().min(1),
  reponame: z.string().optional(),
  packages: z.array(z.unknown()),
});

const PackageSchema = z.looseObject({
  pkg: z.looseObject({
    name: z.string().min(1),
    secfixes: z.record(z.string(), z.union([z.array(z.unknown()), z.null(), z.literal('')])).optional(),
  }),
});

/** osv.dev's check of an Alpine version (abuild's APKBUILD(5) grammar plus the -rN revision). */
const APK_VERSION = /^(\d+\.)*\d+[a-zA-Z]?(_?(?:alpha|beta|rc|pre|cvs|svn|git|hg|p)\d*)?([-.]r\d+)?$/;
const ID_TOKEN = /^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$/;
const CVE_PART = /^(CVE-\d{4}-\d{4,})-\d+$/;

export function isSecdb(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.distroversion === 'string' && Array.isArray(v.packages);
}

interface Fix {
  ecosystem: string;
  name: string;
  fixed: string;
}

/** Collects secdb files of any number of releases and emits one advisory per CVE at the end. */
export class SecdbCollector {
  private readonly fixes = new Map<string, { upstream: Set<string>; fixes: Map<string, Fix> }>();

  /** Adds one secdb document; returns how many (package, CVE) fixes it contributed. */
  add(doc: unknown, where: string, issues: ImportIssues): number {
    const parsed = SecdbSchema.safeParse(doc);
    if (!parsed.success) {
      issues.add('malformed-record', where, 'not an Alpine secdb document (needs distroversion and packages)');
      return 0;
    }
    const release = normalizeRelease('Alpine', parsed.data.distroversion);
    const ecosystem = `Alpine:${release}`;
    let count = 0;
    for (const [i, raw] of parsed.data.packages.entries()) {
      const pkg = PackageSchema.safeParse(raw);
      if (!pkg.success) {
        issues.add('bad-secdb-entry', `${where} packages[${i}]`, 'a package needs pkg.name and a secfixes map');
        continue;
      }
      const name = pkg.data.pkg.name;
      for (const [version, ids] of Object.entries(pkg.data.pkg.secfixes ?? {})) {
        const fixed = version.trim();
        if (!APK_VERSION.test(fixed)) {
          issues.add('bad-secdb-entry', `${where} ${name}`, `'${fixed.slice(0, 40)}' is not an Alpine version; its fixes are skipped`);
          continue;
        }
        for (const text of Array.isArray(ids) ? ids : []) {
          const tokens = idTokens(String(text));
          if (tokens.length === 0) {
            issues.add('bad-secdb-entry', `${where} ${name} ${fixed}`, `'${String(text).slice(0, 60)}' names no advisory id`);
            continue;
          }
          this.record(tokens, { ecosystem, name, fixed });
          count += 1;
        }
      }
    }
    return count;
  }

  private record(tokens: string[], fix: Fix): void {
    const id = `ALPINE-${tokens[0]}`;
    let entry = this.fixes.get(id);
    if (!entry) {
      entry = { upstream: new Set(), fixes: new Map() };
      this.fixes.set(id, entry);
    }
    for (const t of tokens) entry.upstream.add(t);
    entry.fixes.set(`${fix.ecosystem}\0${fix.name}\0${fix.fixed}`, fix);
  }

  get size(): number {
    return this.fixes.size;
  }

  /** The OSV advisories, sorted by id; `modified` is when the secdb was imported. */
  advisories(modified: string): Advisory[] {
    return [...this.fixes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, e]) => toAdvisory(id, e.upstream, [...e.fixes.values()], modified));
  }
}

function toAdvisory(id: string, upstream: Set<string>, fixes: Fix[], modified: string): Advisory {
  fixes.sort((a, b) => a.ecosystem.localeCompare(b.ecosystem) || a.name.localeCompare(b.name) || a.fixed.localeCompare(b.fixed));
  const affected: OsvAffected[] = fixes.map((f) => ({
    package: { ecosystem: f.ecosystem, name: f.name, purl: `pkg:apk/alpine/${encodeURIComponent(f.name)}?arch=source` },
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: f.fixed }] }],
  }));
  const ids = [...upstream];
  const primary = ids[0]!;
  const listed = fixes.map((f) => (f.fixed === '0' ? `${f.name} (${f.ecosystem}): not affected` : `${f.name} ${f.fixed} (${f.ecosystem})`));
  return {
    id,
    modified,
    upstream: ids,
    summary: `${primary} in ${[...new Set(fixes.map((f) => f.name))].join(', ')} (Alpine)`,
    details: `Alpine's security database lists ${primary} as fixed in: ${listed.join('; ')}.`,
    affected,
    references: ids.filter((t) => t.startsWith('CVE-')).map((t) => ({ type: 'ADVISORY', url: `https://security.alpinelinux.org/vuln/${t}` })),
    database_specific: { source: 'alpine-secdb' },
  };
}

/** `CVE-2019-5060 TALOS-2019-0844` → both ids; `CVE-2019-15167 (VRRP)` → the CVE; `CVE-2017-17434-1` → CVE-2017-17434. */
export function idTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    if (!ID_TOKEN.test(raw)) continue;
    const token = raw.replace(CVE_PART, '$1');
    if (!out.includes(token)) out.push(token);
  }
  return out;
}
