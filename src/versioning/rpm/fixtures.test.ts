import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareRpmVersions, rpmScheme } from './index.js';

// Real versions from ../shared/fixtures (provenance in its SOURCES.md): AlmaLinux OSV advisories and
// the packages of RPM databases (go-rpmdb's expectations, from `rpm -qa`).
const fixtures = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/fixtures');

interface Event {
  introduced?: string;
  fixed?: string;
}
interface Advisory {
  affected: { ranges?: { type: string; events: Event[] }[] }[];
}
interface RpmPackage {
  epoch: number | null;
  version: string;
  release: string;
}

function almaRanges(): Event[][] {
  const root = path.join(fixtures, 'osv/AlmaLinux');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(path.join(root, f), 'utf8')) as Advisory).affected)
    .flatMap((a) => (a.ranges ?? []).map((r) => r.events));
}

function databaseEvrs(): string[] {
  const expected = JSON.parse(readFileSync(path.join(fixtures, 'pkgdb/rpm/go-rpmdb/expected.json'), 'utf8')) as {
    cases: { expected_all?: RpmPackage[] }[];
  };
  return expected.cases
    .flatMap((c) => c.expected_all ?? [])
    .map((p) => `${p.epoch === null ? '' : `${p.epoch}:`}${p.version}-${p.release}`);
}

describe.skipIf(!existsSync(fixtures))('rpm on real data', () => {
  it('accepts every fixed version of the AlmaLinux advisories, each above where it was introduced', () => {
    const ranges = almaRanges();
    expect(ranges.length).toBeGreaterThan(150);
    const wrong: string[] = [];
    for (const events of ranges) {
      const introduced = events.find((e) => e.introduced)?.introduced;
      const fixed = events.find((e) => e.fixed)?.fixed;
      if (fixed && !rpmScheme.isValid(fixed)) wrong.push(`invalid ${fixed}`);
      else if (fixed && introduced && introduced !== '0' && compareRpmVersions(introduced, fixed) >= 0) wrong.push(`${introduced} !< ${fixed}`);
    }
    expect(wrong).toEqual([]);
  });

  it('accepts every installed package EVR of the RPM database fixtures, and sorts them consistently', () => {
    const evrs = databaseEvrs();
    expect(evrs.length).toBeGreaterThan(20);
    expect(evrs.filter((v) => !rpmScheme.isValid(v))).toEqual([]);
    const sorted = [...evrs].sort(compareRpmVersions);
    for (let i = 1; i < sorted.length; i++) expect(compareRpmVersions(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
  });
});
