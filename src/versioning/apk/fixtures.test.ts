import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apkScheme, compareApkVersions } from './index.js';

// Real versions from ../shared/fixtures (provenance in its SOURCES.md): apk installed databases and
// the Alpine secdb (the source osv.dev converts into ALPINE-CVE records).
const fixtures = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/fixtures');

function matches(dir: string, pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile() || file.endsWith('.json')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) found.add(m[1]!);
  }
  return [...found];
}

describe.skipIf(!existsSync(fixtures))('apk on real data', () => {
  it('accepts every version of the apk installed-database fixtures', () => {
    const versions = matches(path.join(fixtures, 'pkgdb/alpine'), /^V:(.+)$/gm);
    expect(versions.length).toBeGreaterThan(30);
    expect(versions.filter((v) => !apkScheme.isValid(v))).toEqual([]);
  });

  it('accepts the fixed versions of the Alpine secdb but the malformed ones, and sorts them consistently', () => {
    const all = matches(path.join(fixtures, 'osv/Alpine-secdb'), /^ {8}([^\s:]+):$/gm);
    expect(all.length).toBeGreaterThan(300);
    // Typos upstream (a Debian-style revision); apk-tools rejects them too, so they become issues.
    expect(all.filter((v) => !apkScheme.isValid(v)).sort()).toEqual(['2.7.16-33', '4.10-1-r1']);
    const versions = all.filter((v) => apkScheme.isValid(v));
    expect(versions).toContain('6.6.2p1-r0');
    const sorted = [...versions].sort(compareApkVersions);
    for (let i = 1; i < sorted.length; i++) {
      expect(compareApkVersions(sorted[i - 1]!, sorted[i]!)).toBeLessThan(0);
      expect(compareApkVersions(sorted[i]!, sorted[i - 1]!)).toBeGreaterThan(0);
    }
  });
});
