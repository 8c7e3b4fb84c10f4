import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareMavenVersions, mavenScheme } from './index.js';

// Real versions from ../shared/fixtures (provenance in its SOURCES.md): what osv-scalibr expects its
// pom.xml and Gradle lockfile extractors to report.
const fixtures = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/fixtures');

function versionsIn(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) versionsIn(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'version' && typeof v === 'string') into.add(v);
      else versionsIn(v, into);
    }
  return into;
}

describe.skipIf(!existsSync(fixtures))('maven on real data', () => {
  it('accepts every version the Maven extractors report, and orders them as releases', () => {
    const found = new Set<string>();
    for (const f of ['lockfiles/pom-xml/osv-scalibr/expected.json', 'lockfiles/gradle-lockfile/osv-scalibr/expected.json'])
      versionsIn(JSON.parse(readFileSync(path.join(fixtures, f), 'utf8')), found);
    const versions = [...found];
    expect(versions.length).toBeGreaterThan(10);
    expect(versions.filter((v) => !mavenScheme.isValid(v))).toEqual([]);
    expect(compareMavenVersions('4.1.9', '4.1.42.Final')).toBeLessThan(0);
    expect(compareMavenVersions('9.4.35.v20201120', '9.4.35')).toBeGreaterThan(0);
  });
});
