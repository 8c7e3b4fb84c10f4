import type { Package } from '../../../core/model.js';
import type { Cataloger, CatalogOutput } from '../../types.js';

/** Runs a cataloger on text in memory; `tree` holds the other files ctx.readFile may return. */
export async function extractText(cataloger: Cataloger, path: string, text: string, tree: Record<string, string> = {}): Promise<CatalogOutput> {
  const readFile = async (rel: string) => tree[rel];
  return cataloger.extract({ path, size: Buffer.byteLength(text), text }, { readFile });
}

/** `name@version` → the facts tests compare: line, direct, scope. */
export function summary(packages: readonly Package[]): Record<string, { line?: number; direct?: boolean; scope?: string }> {
  const out: Record<string, { line?: number; direct?: boolean; scope?: string }> = {};
  for (const p of packages) {
    out[`${p.name}@${p.version}`] = {
      ...(p.locations[0]?.line !== undefined && { line: p.locations[0].line }),
      ...(p.direct !== undefined && { direct: p.direct }),
      ...(p.scope !== undefined && { scope: p.scope }),
    };
  }
  return out;
}

/** 1-based line of the first line containing `needle` (computed independently of the catalogers). */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`${needle} not in text`);
  return index + 1;
}

/** Hostile inputs every lockfile cataloger must survive with an issue and no crash. */
export const HOSTILE: Record<string, string> = {
  binary: 'PK\u0003\u0004\u0000\u0000\u0014\u0000\u0008\u0000' + '\uFFFD'.repeat(64),
  yaml: 'lockfileVersion: 3\npackages:\n  node_modules/a: {version: 1.0.0}\n',
  truncated: '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": {\n      "version": "1.0',
  json: '{"name": "x", "token": "ghp_SECRETSECRETSECRET"',
  'deep nesting': '['.repeat(200_000),
};
