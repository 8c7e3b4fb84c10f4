import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Package } from '../../../core/model.js';
import type { Cataloger, CatalogOutput } from '../../types.js';

/** The shared fixtures checkout lives beside the repository (CI clones it there). */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const FIXTURES_DIR = path.resolve(REPO_ROOT, '../shared/fixtures');

export interface ExpectedPackage {
  name: string;
  version?: string;
  line?: number;
  depGroups?: string[];
  dev?: boolean;
  relationship?: string;
}

export interface FixtureCase {
  test?: string;
  case: string;
  file: string;
  expect_error: boolean;
  /** null when upstream asserts something other than the package list. */
  expected: ExpectedPackage[] | null;
}

export interface FixtureSource {
  source: string;
  dir: string;
  cases: FixtureCase[];
}

/** Every source folder of one lockfile format with its expected.json cases. Throws when the fixtures are missing. */
export function fixtureSources(format: string): FixtureSource[] {
  const formatDir = path.join(FIXTURES_DIR, 'lockfiles', format);
  if (!existsSync(formatDir)) throw new Error(`fixtures not found at ${formatDir}; clone shared/ beside the repository`);
  return readdirSync(formatDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(formatDir, d.name, 'expected.json')))
    .map((d) => {
      const dir = path.join(formatDir, d.name);
      const data = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { cases: FixtureCase[] };
      return { source: d.name, dir, cases: data.cases };
    });
}

/** Runs a cataloger on one fixture file, with a context that reads siblings inside the source folder only. */
export async function runOnFixture(cataloger: Cataloger, dir: string, file: string): Promise<CatalogOutput> {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const readFile = async (rel: string): Promise<string | undefined> => {
    const full = path.resolve(dir, rel);
    if (!full.startsWith(dir + path.sep) || !existsSync(full)) return undefined;
    return readFileSync(full, 'utf8');
  };
  return cataloger.extract({ path: file, size: Buffer.byteLength(text), text }, { readFile });
}

/** Expected packages grouped by distinct (name, version): duplicates collapse as the catalogers collapse them. */
export function expectedRows(expected: readonly ExpectedPackage[]): Map<string, ExpectedPackage[]> {
  const rows = new Map<string, ExpectedPackage[]>();
  for (const e of expected) {
    const id = packageId(e.name, e.version ?? '');
    rows.set(id, [...(rows.get(id) ?? []), e]);
  }
  return rows;
}

export function packageId(name: string, version: string): string {
  return `${name.toLowerCase()}@${version}`;
}

export function byId(packages: readonly Package[]): Map<string, Package> {
  return new Map(packages.map((p) => [packageId(p.name, p.version), p]));
}
