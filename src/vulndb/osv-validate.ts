import { z } from 'zod';
import { KNOWN_ECOSYSTEMS, lookupName, splitEcosystem } from './ecosystems.js';
import type { ImportIssues } from './import-issues.js';
import type { Advisory } from './types.js';

/** Lenient on fields patchline does not read; strict on the ones the matcher and reports rely on. */
const StringList = z.array(z.string());

const AdvisorySchema = z.looseObject({
  id: z.string().min(1).max(256),
  modified: z.string().min(1),
  published: z.string().optional(),
  withdrawn: z.string().optional(),
  aliases: StringList.optional(),
  related: StringList.optional(),
  upstream: StringList.optional(),
  summary: z.string().optional(),
  details: z.string().optional(),
  severity: z.array(z.looseObject({ type: z.string(), score: z.string() })).optional(),
  affected: z.array(z.unknown()).optional(),
  references: z.array(z.looseObject({ type: z.string(), url: z.string() })).optional(),
  database_specific: z.record(z.string(), z.unknown()).optional(),
});

const AffectedSchema = z.looseObject({
  package: z.looseObject({ ecosystem: z.string().min(1), name: z.string().min(1), purl: z.string().optional() }).optional(),
  ranges: z.array(z.unknown()).optional(),
  versions: StringList.optional(),
  severity: z.array(z.looseObject({ type: z.string(), score: z.string() })).optional(),
});

const RANGE_TYPES = new Set(['ECOSYSTEM', 'SEMVER', 'GIT']);
const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

export interface IndexKey {
  ecosystem: string;
  release: string;
  name: string;
}

export interface PreparedAdvisory {
  advisory: Advisory;
  keys: IndexKey[];
}

/**
 * Checks one OSV record and works out the (ecosystem, release, name) keys it is indexed under.
 * Returns undefined for a record that cannot be used; smaller problems drop only the affected entry
 * or range concerned. Every problem becomes an issue naming `where`.
 */
export function prepareAdvisory(raw: unknown, where: string, issues: ImportIssues): PreparedAdvisory | undefined {
  const parsed = AdvisorySchema.safeParse(raw);
  if (!parsed.success) {
    issues.add('malformed-record', where, describeZod(parsed.error));
    return undefined;
  }
  const record = raw as Record<string, unknown>;
  const id = parsed.data.id;
  const keys = new Map<string, IndexKey>();
  const affected: unknown[] = [];
  for (const [i, entry] of (parsed.data.affected ?? []).entries()) {
    const kept = prepareAffected(entry, `${where} (${id} affected[${i}])`, issues, keys);
    if (kept) affected.push(kept);
  }
  const advisory = { ...record, ...(record.affected !== undefined && { affected }) } as unknown as Advisory;
  return { advisory, keys: [...keys.values()] };
}

function prepareAffected(entry: unknown, where: string, issues: ImportIssues, keys: Map<string, IndexKey>): unknown {
  const parsed = AffectedSchema.safeParse(entry);
  if (!parsed.success) {
    issues.add('malformed-record', where, describeZod(parsed.error));
    return undefined;
  }
  const raw = entry as Record<string, unknown>;
  let out = raw;
  if (parsed.data.ranges) {
    const ranges = parsed.data.ranges.filter((r, j) => {
      const problem = rangeProblem(r);
      if (problem) issues.add('bad-range', `${where} ranges[${j}]`, problem);
      return !problem;
    });
    if (ranges.length !== parsed.data.ranges.length) {
      if (ranges.length === 0 && !parsed.data.versions?.length) return undefined;
      out = { ...raw, ranges };
    }
  }
  const pkg = parsed.data.package;
  if (pkg) {
    const { base, release } = splitEcosystem(pkg.ecosystem);
    if (!KNOWN_ECOSYSTEMS.has(base)) {
      issues.add('unknown-ecosystem', where, `ecosystem '${pkg.ecosystem.slice(0, 80)}' is not an OSV ecosystem; entry not indexed`);
    } else {
      const name = lookupName(base, pkg.name);
      keys.set(`${base}\0${release}\0${name}`, { ecosystem: base, release, name });
    }
  }
  return out;
}

/** The keys a stored (already checked) advisory is indexed under: those prepareAdvisory computed for it. */
export function indexKeys(advisory: Advisory): IndexKey[] {
  const keys = new Map<string, IndexKey>();
  for (const entry of advisory.affected ?? []) {
    if (!entry.package) continue;
    const { base, release } = splitEcosystem(entry.package.ecosystem);
    if (!KNOWN_ECOSYSTEMS.has(base)) continue;
    const name = lookupName(base, entry.package.name);
    keys.set(`${base}\0${release}\0${name}`, { ecosystem: base, release, name });
  }
  return [...keys.values()];
}

/** What is wrong with an OSV range, or undefined when it can be evaluated. */
export function rangeProblem(range: unknown): string | undefined {
  if (typeof range !== 'object' || range === null || Array.isArray(range)) return 'a range must be an object';
  const r = range as Record<string, unknown>;
  if (typeof r.type !== 'string' || !RANGE_TYPES.has(r.type)) return `unknown range type '${String(r.type).slice(0, 40)}'`;
  if (r.type === 'GIT' && typeof r.repo !== 'string') return 'a GIT range needs a repo';
  if (!Array.isArray(r.events) || r.events.length === 0) return 'a range needs events';
  let introduced = false;
  for (const event of r.events) {
    if (typeof event !== 'object' || event === null) return 'an event must be an object';
    const present = EVENT_KEYS.filter((k) => (event as Record<string, unknown>)[k] !== undefined);
    if (present.length !== 1) return `an event needs exactly one of ${EVENT_KEYS.join(', ')}`;
    const value = (event as Record<string, unknown>)[present[0]!];
    if (typeof value !== 'string' || value === '') return `event '${present[0]}' needs a version string`;
    if (present[0] === 'introduced') introduced = true;
  }
  return introduced ? undefined : "a range needs an 'introduced' event";
}

function describeZod(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'not a valid OSV record';
  const at = first.path.length ? first.path.join('.') : 'record';
  return `${at}: ${first.message}`;
}
