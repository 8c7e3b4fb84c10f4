import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSource } from '../../../../core/source-reader.js';
import { treeReader } from '../../../../core/tree-reader.js';
import type { Package } from '../../../../core/model.js';
import { normalizeName } from '../../../shared/package.js';
import type { Cataloger, CatalogOutput } from '../../../types.js';

/** The repository root; CI has `shared/` beside the clone. */
const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
export const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures');
const MAX_BYTES = 10 * 1024 * 1024;

/** One expected package as the fixture's expected.json transcribes it (fields vary by source). */
export interface ExpectedPackage {
  name: string;
  version?: string;
  line?: number;
  depGroups?: string[];
  dev?: boolean;
  relationship?: string;
  requirement?: string;
  versionComparator?: string;
  helperCall?: string;
}

export interface FixtureCase {
  case: string;
  file: string;
  expect_error?: boolean;
  expected: ExpectedPackage[] | null;
}

export function fixtureCases(format: string, source: string): FixtureCase[] {
  const file = path.join(FIXTURES, 'lockfiles', format, source, 'expected.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: FixtureCase[] }).cases;
}

export interface FixtureRun extends CatalogOutput {
  /** Set when the core would not hand the file to a cataloger (binary, too large). */
  unread?: string;
}

/**
 * Runs a cataloger over one fixture file the way the pipeline does: read by the core's source reader,
 * with `ctx.readFile` rooted at the fixture's folder.
 */
export async function runFixture(cataloger: Cataloger, format: string, source: string, file: string, as = file): Promise<FixtureRun> {
  const dir = path.join(FIXTURES, 'lockfiles', format, source);
  const read = readSource({ path: file, absPath: path.join(dir, file) }, MAX_BYTES);
  if (read.text === undefined) return { packages: [], unread: read.issue.code };
  const out = await cataloger.extract({ path: as, size: read.size, text: read.text }, { readFile: treeReader(dir, MAX_BYTES) });
  return { packages: out.packages, issues: out.issues ?? [] };
}

/** The line a `pkg(..., "testdata/x", 5)` helper call names, when the transcription kept only the call. */
export function expectedLine(e: ExpectedPackage): number | undefined {
  if (e.line !== undefined) return e.line;
  const m = e.helperCall ? /,\s*(\d+)\)$/.exec(e.helperCall) : null;
  return m ? Number(m[1]) : undefined;
}

/** Finds our package for an expected one: names compared after PEP 503 normalization (ours always is). */
export function findPackage(packages: readonly Package[], e: ExpectedPackage, version = e.version ?? ''): Package | undefined {
  const name = normalizeName('PyPI', e.name);
  return packages.find((p) => p.name === name && p.version === version);
}

export function describeCase(c: FixtureCase): string {
  return `${c.case} (${c.file})`;
}

export interface LockCompare {
  /** Our scope for an expected package; `null` skips the comparison. Default: upstream's first depGroup. */
  scope?: (e: ExpectedPackage) => string | undefined | null;
  /** Our `direct` for an expected package; `null` (the default) skips the comparison. */
  direct?: (e: ExpectedPackage) => boolean | undefined | null;
}

/**
 * The comparison every lockfile fixture gets: an expected error is one parse-error issue and no
 * packages; otherwise exactly the expected packages (PEP 503 names), with line and scope where stated.
 */
export function expectLockCase(out: FixtureRun, c: FixtureCase, compare: LockCompare = {}): void {
  if (c.expect_error) {
    expect(out.packages).toEqual([]);
    expect(out.issues).toEqual([expect.objectContaining({ code: 'parse-error', path: c.file })]);
    return;
  }
  expect(out.issues).toEqual([]);
  const expected = c.expected ?? [];
  expect(out.packages.map((p) => `${p.name}@${p.version}`).sort()).toHaveLength(expected.length);
  const scopeOf = compare.scope ?? ((e: ExpectedPackage) => (e.depGroups ? e.depGroups[0] : null));
  for (const e of expected) {
    const pkg = findPackage(out.packages, e);
    expect(pkg, `${e.name}@${e.version}`).toBeDefined();
    const line = expectedLine(e);
    if (line !== undefined) expect(pkg!.locations[0]!.line, `${e.name} line`).toBe(line);
    const scope = scopeOf(e);
    if (scope !== null) expect(pkg!.scope, `${e.name} scope`).toBe(scope);
    const direct = compare.direct?.(e) ?? null;
    if (direct !== null) expect(pkg!.direct, `${e.name} direct`).toBe(direct);
  }
}
