import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir } from '../../testing/fixtures.js';

/**
 * Real versions from ../shared/fixtures (provenance in its SOURCES.md), for the schemes' fixture tests:
 * versions lockfile extractors of peers expect, and OSV advisories' affected versions and range events.
 */
export const FIXTURES = fixturesDir;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => f.endsWith(ext) && statSync(f).isFile());
}

function collectVersions(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) collectVersions(item, out);
  else if (node && typeof node === 'object') {
    const version = (node as { version?: unknown }).version;
    if (typeof version === 'string' && version !== '') out.add(version);
    for (const value of Object.values(node)) collectVersions(value, out);
  }
}

/** Every non-empty `version` in lockfiles/<format>/<source>/expected.json for the given formats. */
export function lockfileVersions(...formats: string[]): string[] {
  const out = new Set<string>();
  for (const format of formats) {
    for (const file of files(path.join(FIXTURES, 'lockfiles', format), 'expected.json')) {
      collectVersions(JSON.parse(readFileSync(file, 'utf8')), out);
    }
  }
  return [...out].sort();
}

export interface OsvRange {
  id: string;
  /** Range events in file order, e.g. [['introduced', '0'], ['fixed', '1.2.3']]. */
  events: [string, string][];
}

interface OsvRecord {
  id: string;
  affected?: { package?: { ecosystem?: string }; versions?: string[]; ranges?: { type: string; events: Record<string, string>[] }[] }[];
}

/** OSV records under osv/<dir> for one ecosystem: their listed versions and their ECOSYSTEM/SEMVER ranges. */
export function osvData(dir: string, ecosystem: string): { versions: string[]; ranges: OsvRange[] } {
  const versions = new Set<string>();
  const ranges: OsvRange[] = [];
  for (const file of files(path.join(FIXTURES, 'osv', dir), '.json')) {
    const record = JSON.parse(readFileSync(file, 'utf8')) as OsvRecord;
    for (const affected of record.affected ?? []) {
      if (affected.package?.ecosystem !== ecosystem) continue;
      for (const v of affected.versions ?? []) versions.add(v);
      for (const range of affected.ranges ?? []) {
        if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER') continue;
        const events = range.events.flatMap((e) => Object.entries(e));
        for (const [, v] of events) if (v !== '0') versions.add(v);
        ranges.push({ id: record.id, events });
      }
    }
  }
  return { versions: [...versions].sort(), ranges };
}

/**
 * Ranges whose events, sorted by `compare` (`introduced: 0` first), do not alternate introduced → fixed /
 * last_affected / limit. OSV lists events in any order; sorted, a well-formed range always alternates.
 */
export function malformedRanges(ranges: readonly OsvRange[], compare: (a: string, b: string) => number): string[] {
  const wrong: string[] = [];
  for (const { id, events } of ranges) {
    const sorted = [...events].sort(([ka, a], [kb, b]) =>
      a === '0' && ka === 'introduced' ? -1 : b === '0' && kb === 'introduced' ? 1 : compare(a, b),
    );
    const alternates = sorted.every(([kind], i) => (kind === 'introduced') === (i % 2 === 0));
    if (!alternates) wrong.push(`${id}: ${sorted.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  return wrong;
}
