import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Package } from '../../../core/model.js';
import { readSource } from '../../../core/source-reader.js';
import { treeReader } from '../../../core/tree-reader.js';
import { fixture } from '../../../testing/fixtures.js';
import type { Cataloger, CatalogOutput } from '../../types.js';
import { normalizeName } from '../package.js';

const MAX_BYTES = 10 * 1024 * 1024;

/** One expected package as a source's expected.json transcribes it (the fields vary by source). */
export interface ExpectedPackage {
  name: string;
  version?: string;
  /** 0 when upstream could not tell. */
  line?: number;
  depGroups?: string[];
  dev?: boolean;
  relationship?: string;
  requirement?: string;
  versionComparator?: string;
  helperCall?: string;
}

export interface FixtureCase {
  test?: string;
  case: string;
  file: string;
  expect_error?: boolean;
  /** null when upstream asserts something other than the package list. */
  expected: ExpectedPackage[] | null;
}

export interface FixtureSource {
  source: string;
  dir: string;
  cases: FixtureCase[];
}

/** Every source folder of one format, `lockfiles/<format>/<source>/expected.json`. Throws when the fixtures are missing. */
export function fixtureSources(format: string): FixtureSource[] {
  const formatDir = fixture('lockfiles', format);
  if (!existsSync(formatDir)) throw new Error(`fixtures not found at ${formatDir}; CI keeps shared/ beside the clone`);
  return readdirSync(formatDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(formatDir, d.name, 'expected.json')))
    .map((d) => {
      const dir = path.join(formatDir, d.name);
      const { cases } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { cases: FixtureCase[] };
      return { source: d.name, dir, cases };
    });
}

/** One source folder of one format. */
export function fixtureSource(format: string, source: string): FixtureSource {
  const found = fixtureSources(format).find((s) => s.source === source);
  if (!found) throw new Error(`no ${source} fixtures for ${format}`);
  return found;
}

/**
 * For `errors`: the trivy transcriptions set `expect_error` whenever a `wantErr` assertion exists,
 * whichever it is; where upstream asserts NoError, patchline reports no parse-error either.
 */
export const TRIVY_NO_ERROR = { error: false, reason: 'upstream asserts NoError (the transcription reads any wantErr as an error)' };

/** How a suite's lists name a case: `<source>/<file>#<case>`. */
export function caseKey(source: string, c: FixtureCase): string {
  return `${source}/${c.file}#${c.case}`;
}

export function caseTitle(c: FixtureCase): string {
  return `${c.case} (${c.file})`;
}

export interface FixtureRun extends CatalogOutput {
  issues: NonNullable<CatalogOutput['issues']>;
  /** The read issue's code when the core would not hand the file to a cataloger (binary, too large). */
  unread?: string;
}

/**
 * Runs a cataloger over one fixture file the way the pipeline does: read by the core's source reader,
 * with `ctx.readFile` rooted at the source folder (no escape, no links, no binaries).
 */
export async function runFixture(cataloger: Cataloger, dir: string, file: string): Promise<FixtureRun> {
  const read = readSource({ path: file, absPath: path.join(dir, file) }, MAX_BYTES);
  if (read.text === undefined) return { packages: [], issues: [], unread: read.issue.code };
  const out = await cataloger.extract({ path: file, size: read.size, text: read.text }, { readFile: treeReader(dir, MAX_BYTES) });
  return { packages: out.packages, issues: out.issues ?? [] };
}

/** The line upstream states: `line`, or the last argument of a transcribed `pkg(…, 5)` helper call; 0 is unknown. */
export function expectedLine(e: ExpectedPackage): number | undefined {
  const m = e.line === undefined && e.helperCall ? /,\s*(\d+)\)$/.exec(e.helperCall) : null;
  const line = m ? Number(m[1]) : e.line;
  return line === 0 ? undefined : line;
}

/** The scopes one collapsed expected row allows, or 'unchecked' when the source does not say. */
export type ScopeCheck = readonly (string | undefined)[] | 'unchecked';

/**
 * One format's fixture suite. Its exceptions are keyed by case (`<source>/<file>#<case>`, see caseKey)
 * and carry their reason, which the case's test title shows.
 */
export interface FixtureSuite {
  /** Folder under fixtures/lockfiles. */
  format: string;
  cataloger: Cataloger;
  /** Suite-level tests beside the cases: some source is there; every listed key names a real case. */
  suiteTests: readonly ('sources' | 'exceptions')[];
  /** Cases that do not apply: listed as skipped tests with their reason. */
  skips?: Record<string, string>;
  /** Cases where patchline's parse-error differs from upstream's expect_error flag. */
  errors?: Record<string, { error: boolean; reason: string }>;
  /** Packages (name@version) patchline reports beyond the upstream list: checked exactly, so they hide nothing. */
  extras?: Record<string, { ids: string[]; reason: string }>;
  /**
   * Packages declared more than once, or only in another file, where upstream names another line than
   * our first: its line must be one of the package's lines in the case's file, if it has any.
   */
  anyLine?: Record<string, string>;
  /** A scope upstream leaves out of its list: packages of that scope are compared apart (there must be some). */
  leftOut?: Record<string, { scope: string; reason: string }>;
  /** Cases outside upstream's model, checked by assertions of their own instead of the comparison. */
  own?: Record<string, { reason: string; check(out: FixtureRun, c: FixtureCase): void }>;
  /** Why patchline deliberately does not report an expected entry (the project itself never is), or undefined. */
  dropped?(source: string, e: ExpectedPackage): string | undefined;
  /** patchline's version for upstream's, where the two spell it differently. */
  version?(upstream: string): string;
  /** Default: osv-scalibr's first depGroup where stated. */
  scope?(source: string, c: FixtureCase, rows: readonly ExpectedPackage[]): ScopeCheck;
  /** Default: direct or indirect where upstream states a relationship. */
  direct?(source: string, rows: readonly ExpectedPackage[]): boolean | undefined | 'unchecked';
}

/**
 * Runs the cataloger over every case of every source and compares the parse-error, the distinct
 * name@version pairs (names normalized as the ecosystem does), each row's first line, direct and scope.
 */
export function describeFixtures(suite: FixtureSuite): void {
  const sources = fixtureSources(suite.format);
  const lists = [suite.skips, suite.errors, suite.extras, suite.anyLine, suite.leftOut, suite.own];
  const unused = new Set(lists.flatMap((list) => Object.keys(list ?? {})));
  if (suite.suiteTests.includes('sources')) it('finds fixture sources', () => expect(sources.length).toBeGreaterThan(0));
  for (const { source, dir, cases } of sources) {
    describe(source, () => {
      for (const c of cases) {
        const key = caseKey(source, c);
        unused.delete(key);
        const skip = suite.skips?.[key];
        if (skip) {
          it.skip(`${caseTitle(c)} — not applicable: ${skip}`, () => {});
          continue;
        }
        const own = suite.own?.[key];
        it(`${caseTitle(c)}${note(suite, key)}`, async () => {
          const out = await runFixture(suite.cataloger, dir, c.file);
          if (own) own.check(out, c);
          else expectCase(suite, source, c, out);
        });
      }
    });
  }
  if (suite.suiteTests.includes('exceptions')) it('every listed exception names a real case', () => expect([...unused]).toEqual([]));
}

function note(suite: FixtureSuite, key: string): string {
  const own = suite.own?.[key];
  const error = suite.errors?.[key];
  const extra = suite.extras?.[key];
  const anyLine = suite.anyLine?.[key];
  const left = suite.leftOut?.[key];
  return [
    own && ` — ${own.reason}`,
    error && ` — ${error.error ? 'a parse-error' : 'no parse-error'}: ${error.reason}`,
    extra && ` — plus ${extra.ids.join(', ')}: ${extra.reason}`,
    anyLine && ` — lines of any declaration: ${anyLine}`,
    left && ` — ${left.scope} packages apart: ${left.reason}`,
  ].filter(Boolean).join('');
}

function expectCase(suite: FixtureSuite, source: string, c: FixtureCase, out: FixtureRun): void {
  const key = caseKey(source, c);
  expect(out.unread, 'read by the core').toBeUndefined();
  const error = suite.errors?.[key]?.error ?? c.expect_error === true;
  if (error) expect(out.issues).toEqual([expect.objectContaining({ code: 'parse-error', path: c.file })]);
  else expect(out.issues).toEqual([]);
  // An expected error with no list upstream: nothing is found.
  const listed = c.expected ?? (error ? [] : null);
  if (listed === null) return;
  const rows = expectedRows(suite, source, listed);
  const left = suite.leftOut?.[key];
  const kept = left ? out.packages.filter((p) => p.scope !== left.scope) : out.packages;
  if (left) expect(kept.length, `some ${left.scope} packages`).toBeLessThan(out.packages.length);
  expect(kept.map(packageId).sort()).toEqual([...rows.keys(), ...(suite.extras?.[key]?.ids ?? [])].sort());
  for (const [id, expected] of rows) {
    const got = kept.find((p) => packageId(p) === id);
    if (!got) continue;
    expectLines(got, expected, suite.anyLine?.[key] === undefined ? undefined : c.file);
    const direct = (suite.direct ?? directFromRelationship)(source, expected);
    if (direct !== 'unchecked') expect(got.direct, `${id} direct`).toBe(direct);
    const scope = suite.scope ? suite.scope(source, c, expected) : scopeFromFirstDepGroup(expected);
    if (scope !== 'unchecked') expect(scope, `${id} scope`).toContain(got.scope);
  }
}

/** Our first location is on the row's first stated line; with `anyLineIn`, each stated line is one of ours in that file (if any). */
function expectLines(got: Package, expected: readonly ExpectedPackage[], anyLineIn: string | undefined): void {
  const lines = expected.flatMap((e) => expectedLine(e) ?? []);
  if (lines.length === 0) return;
  const label = `${packageId(got)} line`;
  if (anyLineIn === undefined) {
    expect(got.locations[0]?.line, label).toBe(Math.min(...lines));
    return;
  }
  const here = got.locations.filter((l) => l.path === anyLineIn).map((l) => l.line);
  if (here.length > 0) for (const line of lines) expect(here, label).toContain(line);
}

function packageId(p: { name: string; version: string }): string {
  return `${p.name}@${p.version}`;
}

/** Expected packages by distinct name@version, in patchline's spelling: duplicates collapse as the catalogers collapse them. */
function expectedRows(suite: FixtureSuite, source: string, expected: readonly ExpectedPackage[]): Map<string, ExpectedPackage[]> {
  const rows = new Map<string, ExpectedPackage[]>();
  for (const e of expected) {
    if (e.relationship === 'root' || suite.dropped?.(source, e) !== undefined) continue;
    const version = suite.version ? suite.version(e.version ?? '') : (e.version ?? '');
    const id = packageId({ name: normalizeName(suite.cataloger.ecosystem, e.name), version });
    rows.set(id, [...(rows.get(id) ?? []), e]);
  }
  return rows;
}

/** trivy's relationship: direct or indirect where it states one of the two. */
function directFromRelationship(_source: string, rows: readonly ExpectedPackage[]): boolean | 'unchecked' {
  const relations = rows.map((e) => e.relationship);
  if (relations.includes('direct')) return true;
  return relations.includes('indirect') ? false : 'unchecked';
}

/**
 * osv-scalibr's depGroups as npm scope: [] is production, a lone group is that group, and `bundled`
 * is not a scope (bundled packages install with their parent). Rows merge as ours do.
 */
export function scopeFromNpmDepGroups(rows: readonly ExpectedPackage[]): ScopeCheck {
  const groups = rows.map((r) => (r.depGroups ?? []).filter((g) => g !== 'bundled'));
  if (groups.some((g) => g.length === 0)) return [undefined];
  // ["dev", "optional"] is both "optional dependency of a dev dependency" (v1 dev+optional: dev only)
  // and "devOptional" (v2: optional in production); which one the row means is not recorded.
  if (groups.some((g) => g.length > 1)) return ['dev', 'optional'];
  const single = groups.map((g) => g[0]);
  return [single.includes('optional') ? 'optional' : single.includes('peer') ? 'peer' : 'dev'];
}

/** osv-scalibr's depGroups where stated: our model keeps one scope, the first group ([] is production). */
export function scopeFromFirstDepGroup(rows: readonly ExpectedPackage[]): ScopeCheck {
  const stated = rows.find((r) => r.depGroups !== undefined);
  return stated ? [stated.depGroups![0]] : 'unchecked';
}

/** trivy's dev flag: dev when every collapsed row is dev; otherwise `notDev`, production by default. */
export function scopeFromTrivyDev(rows: readonly ExpectedPackage[], notDev: ScopeCheck = [undefined]): ScopeCheck {
  return rows.every((r) => r.dev === true) ? ['dev'] : notDev;
}

/** trivy's dev flag for npm: it states no other scope, so a package that is not dev may be optional or peer. */
export function scopeFromNpmTrivyDev(rows: readonly ExpectedPackage[]): ScopeCheck {
  return scopeFromTrivyDev(rows, [undefined, 'optional', 'peer']);
}
