import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The bundled snapshot (real upstream advisories, see data/ATTRIBUTION.md). */
export const SNAPSHOT = path.join(repoRoot, 'data', 'osv-snapshot');
/** Shared upstream fixtures (see ../shared/fixtures/SOURCES.md); Ubuntu records live only there. */
export const FIXTURES = path.resolve(repoRoot, '../shared/fixtures/osv');

const made: string[] = [];

export function tempDir(prefix = 'patchline-vulndb-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** For afterAll: removes every folder tempDir made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

/** A small valid OSV record. */
export function osv(id: string, ecosystem: string, name: string, extra: Record<string, unknown> = {}): { id: string } & Record<string, unknown> {
  return {
    id,
    modified: '2024-01-01T00:00:00Z',
    affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }] }],
    ...extra,
  };
}
