import { describe, expect, it } from 'vitest';
import type { Cataloger } from '../../types.js';
import type { Scope } from '../shared/collector.js';
import { byId, type ExpectedPackage, expectedRows, fixtureSources, runOnFixture } from './fixtures.js';

/** The scopes a collapsed expected row allows, or 'unchecked' when the source does not say. */
export type ScopeCheck = { oneOf: readonly (Scope | undefined)[] } | 'unchecked';

export interface FixtureSuiteOptions {
  /** Folder under fixtures/lockfiles. */
  format: string;
  cataloger: Cataloger;
  /** `<source>/<file>#<case>` → why the case does not apply; listed as a skipped test with its reason. */
  skips: Record<string, string>;
  /**
   * `<source>/<file>#<case>` → packages (name@version) patchline reports beyond the upstream list, and
   * why: a deliberate difference of policy, checked exactly so it cannot hide a regression.
   */
  extras?: Record<string, { ids: string[]; reason: string }>;
  /**
   * `<source>/<file>#<case>` → a scope upstream leaves out of its list: packages of that scope are
   * compared apart (there must be some), the rest against the list.
   */
  leftOut?: Record<string, { scope: Scope; reason: string }>;
  /** The scope the cataloger must give one collapsed expected row, or 'unchecked'. */
  scopeOf(source: string, file: string, rows: readonly ExpectedPackage[]): ScopeCheck;
}

/**
 * Runs the cataloger over every case of every source's expected.json and compares distinct
 * name@version pairs, lines where stated, direct where stated (trivy's relationship) and scope.
 */
export function describeFixtures(options: FixtureSuiteOptions): void {
  const sources = fixtureSources(options.format);
  it('finds fixture sources', () => expect(sources.length).toBeGreaterThan(0));
  const unused = new Set([...Object.keys(options.skips), ...Object.keys(options.extras ?? {}), ...Object.keys(options.leftOut ?? {})]);
  for (const { source, dir, cases } of sources) {
    describe(source, () => {
      for (const c of cases) {
        const key = `${source}/${c.file}#${c.case}`;
        const reason = options.skips[key];
        const extra = options.extras?.[key];
        const left = options.leftOut?.[key];
        unused.delete(key);
        if (reason) {
          it.skip(`${c.case} (${c.file}) — not applicable: ${reason}`, () => {});
          continue;
        }
        const note = extra ? ` — plus ${extra.ids.join(', ')}: ${extra.reason}` : left ? ` — ${left.scope} packages apart: ${left.reason}` : '';
        const title = `${c.case} (${c.file})${note}`;
        it(title, async () => {
          const out = await runOnFixture(options.cataloger, dir, c.file);
          const issues = out.issues ?? [];
          if (c.expect_error) expect(issues.map((i) => i.code)).toContain('parse-error');
          else expect(issues).toEqual([]);
          for (const issue of issues) expect(issue.path).toBe(c.file);
          if (c.expected === null) return;
          const rows = expectedRows(c.expected);
          const kept = left ? out.packages.filter((p) => p.scope !== left.scope) : out.packages;
          if (left) expect(kept.length, `some ${left.scope} packages`).toBeLessThan(out.packages.length);
          const actual = byId(kept);
          expect([...actual.keys()].sort()).toEqual([...rows.keys(), ...(extra?.ids ?? [])].sort());
          for (const [id, expected] of rows) {
            const got = actual.get(id);
            if (!got) continue;
            const lines = expected.flatMap((e) => (e.line === undefined ? [] : [e.line]));
            if (lines.length > 0) expect(got.locations[0]?.line, `${id} line`).toBe(Math.min(...lines));
            const scope = options.scopeOf(source, c.file, expected);
            if (scope !== 'unchecked') expect(scope.oneOf, `${id} scope`).toContain(got.scope);
            const relations = expected.flatMap((e) => (e.relationship ? [e.relationship] : []));
            if (relations.includes('direct') || relations.includes('indirect')) {
              expect(got.direct, `${id} direct`).toBe(relations.includes('direct'));
            }
          }
        });
      }
    });
  }
  it('every listed skip names a real case', () => expect([...unused]).toEqual([]));
}

/**
 * osv-scalibr's depGroups as our scope: [] is production, a lone group is that group, and
 * `bundled` is not a scope (bundled packages install with their parent). Rows merge as ours do.
 */
export function scopeFromDepGroups(rows: readonly ExpectedPackage[]): ScopeCheck {
  const groups = rows.map((r) => (r.depGroups ?? []).filter((g) => g !== 'bundled'));
  if (groups.some((g) => g.length === 0)) return { oneOf: [undefined] };
  // ["dev", "optional"] is both "optional dependency of a dev dependency" (v1 dev+optional: dev only)
  // and "devOptional" (v2: optional in production); which one the row means is not recorded.
  if (groups.some((g) => g.length > 1)) return { oneOf: ['dev', 'optional'] };
  const single = groups.map((g) => g[0] as Scope);
  return { oneOf: [single.includes('optional') ? 'optional' : single.includes('peer') ? 'peer' : 'dev'] };
}

/** trivy's dev flag: dev when every collapsed row is dev; otherwise any non-dev scope (trivy states no other). */
export function scopeFromTrivyDev(rows: readonly ExpectedPackage[]): ScopeCheck {
  return rows.every((r) => r.dev === true) ? { oneOf: ['dev'] } : { oneOf: [undefined, 'optional', 'peer'] };
}
