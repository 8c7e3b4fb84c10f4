import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDebVersions, debScheme } from './index.js';

// Real versions from ../shared/fixtures (provenance in its SOURCES.md): dpkg status files and
// Debian/Ubuntu OSV records. Every one must parse, and every advisory must order as it reads.
const fixtures = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/fixtures');

interface Affected {
  versions?: string[];
  ranges?: { type: string; events: Record<string, string>[] }[];
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

function statusVersions(): string[] {
  const found = new Set<string>();
  for (const file of files(path.join(fixtures, 'pkgdb/debian'))) {
    if (file.endsWith('.json')) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^Version: (\S+)$/gm)) found.add(m[1]!);
    for (const m of text.matchAll(/^Source: \S+ \((\S+)\)$/gm)) found.add(m[1]!);
  }
  return [...found];
}

function advisories(): Affected[] {
  return ['Debian', 'Ubuntu'].flatMap((eco) =>
    files(path.join(fixtures, 'osv', eco)).flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { affected: Affected[] }).affected),
  );
}

describe.skipIf(!existsSync(fixtures))('deb on real data', () => {
  it('accepts every version in the dpkg status fixtures, and sorts them consistently', () => {
    const versions = statusVersions();
    expect(versions.length).toBeGreaterThan(50);
    expect(versions.filter((v) => !debScheme.isValid(v))).toEqual([]);
    const sorted = [...versions].sort(compareDebVersions);
    for (let i = 1; i < sorted.length; i++) {
      expect(compareDebVersions(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
      expect(compareDebVersions(sorted[i]!, sorted[i - 1]!)).toBe(-compareDebVersions(sorted[i - 1]!, sorted[i]!));
    }
  });

  it('orders every affected version of a Debian or Ubuntu advisory below its fix', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const affected of advisories()) {
      for (const range of affected.ranges ?? []) {
        const fixed = range.events.find((e) => e.fixed)?.fixed;
        const introduced = range.events.find((e) => e.introduced)?.introduced;
        if (!fixed) continue;
        if (introduced && introduced !== '0' && compareDebVersions(introduced, fixed) >= 0) wrong.push(`${introduced} !< ${fixed}`);
        for (const v of affected.versions ?? []) {
          checked++;
          if (compareDebVersions(v, fixed) >= 0) wrong.push(`${v} !< ${fixed}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});
