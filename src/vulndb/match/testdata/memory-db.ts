import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Advisory, DbStatus, VulnDb } from '../../types.js';
import { ecosystemMatches, namesMatch } from '../ecosystem.js';

/** The shared OSV fixtures (real PYSEC, GHSA, distro records; see fixtures/SOURCES.md). */
export const OSV_FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../../../shared/fixtures/osv');

/** Every `*.json` advisory under the given directories. */
export function loadAdvisories(...dirs: string[]): Advisory[] {
  const out: Advisory[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (name.endsWith('.json')) out.push(JSON.parse(readFileSync(full, 'utf8')) as Advisory);
    }
  };
  for (const dir of dirs) visit(dir);
  return out;
}

/** A VulnDb over advisories held in memory, selecting them as the real index does. Tests only. */
export function memoryDb(advisories: readonly Advisory[]): VulnDb {
  return {
    advisoriesFor: (ecosystem, name) =>
      advisories.filter((a) => (a.affected ?? []).some((e) => e.package && ecosystemMatches(e.package.ecosystem, ecosystem) && namesMatch(ecosystem, e.package.name, name))),
    status: (): DbStatus => ({ path: ':memory:', builtAt: new Date(0).toISOString(), sources: [], advisoriesByEcosystem: {} }),
    close: () => undefined,
  };
}
