import { posix } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import type { Package, ScanIssue } from '../../../core/model.js';
import { mergePackages } from '../../../core/packages.js';
import { makePackage } from '../../shared/package.js';
import type { Cataloger, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';

const ECOSYSTEM = 'crates.io';

interface LockEntry {
  name?: unknown;
  version?: unknown;
  source?: unknown;
  dependencies?: unknown;
}

const HEADER = /^\s*\[\[\s*package\s*\]\]\s*(#.*)?$/;
const NAME_KEY = /^\s*name\s*=/;

/** The line of each `[[package]]` entry's `name` key (its header's line when the key is not found), in order. */
export function entryLines(text: string): number[] {
  const lines = text.split('\n');
  const out: number[] = [];
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (HEADER.test(line)) {
      out.push(i + 1);
      open = true;
    } else if (/^\s*\[/.test(line)) {
      open = false;
    } else if (open && NAME_KEY.test(line)) {
      out[out.length - 1] = i + 1;
      open = false;
    }
  }
  return out;
}

/** `"serde"`, `"serde 1.0.1"` or `"serde 1.0.1 (registry+…)"` → name and, if given, version. */
function dependencyRef(dep: string): { name: string; version?: string } {
  const [name = '', version] = dep.trim().split(/\s+/);
  return { name, ...(version !== undefined && { version }) };
}

/** Crates that a workspace member or path crate (an entry without `source`) depends on. */
function directKeys(entries: readonly LockEntry[]): Set<string> {
  const versions = new Map<string, string[]>();
  for (const e of entries) {
    if (typeof e.name === 'string' && typeof e.version === 'string') versions.set(e.name, [...(versions.get(e.name) ?? []), e.version]);
  }
  const direct = new Set<string>();
  for (const e of entries) {
    if (e.source !== undefined || !Array.isArray(e.dependencies)) continue;
    for (const dep of e.dependencies) {
      if (typeof dep !== 'string') continue;
      const ref = dependencyRef(dep);
      for (const v of ref.version ? [ref.version] : (versions.get(ref.name) ?? [])) direct.add(`${ref.name}@${v}`);
    }
  }
  return direct;
}

function parseError(err: unknown, path: string): Omit<ScanIssue, 'scanner'> {
  const where = err instanceof TomlError ? ` (line ${err.line}, column ${err.column})` : '';
  return { code: 'parse-error', message: `Cargo.lock is not valid TOML${where}`, path };
}

export const cargoLockCataloger = {
  meta: { id: 'rust/cargo-lock', version: '1.0.0', summary: 'Rust crates from Cargo.lock [[package]] entries (v1–v4 lockfiles)' },
  ecosystem: ECOSYSTEM,
  matches: (path: string): boolean => posix.basename(path) === 'Cargo.lock',
  extract(file: SourceFile): CatalogOutput {
    let doc: Record<string, unknown>;
    try {
      doc = parse(file.text);
    } catch (err) {
      return { packages: [], issues: [parseError(err, file.path)] };
    }
    const issues: Omit<ScanIssue, 'scanner'>[] = [];
    const raw = doc['package'] ?? [];
    if (!Array.isArray(raw)) {
      return { packages: [], issues: [{ code: 'parse-error', message: 'Cargo.lock: `package` is not an array of tables', path: file.path }] };
    }
    const entries = raw.filter((e): e is LockEntry => typeof e === 'object' && e !== null);
    const lines = entries.length === raw.length ? entryLines(file.text) : [];
    const usable = lines.length === entries.length;
    const root = doc['root'] as LockEntry | undefined; // lockfile v1 kept the workspace root apart
    const direct = directKeys(root && typeof root === 'object' ? [...entries, root] : entries);
    const packages: Package[] = [];
    entries.forEach((e, i) => {
      const line = usable ? lines[i] : undefined;
      if (typeof e.name !== 'string' || typeof e.version !== 'string' || e.name === '') {
        const where = line !== undefined ? ` at line ${line}` : ` #${i + 1}`;
        issues.push({ code: 'parse-error', message: `Cargo.lock: [[package]]${where} has no name or version; skipped`, path: file.path });
        return;
      }
      const isDirect = e.source === undefined ? undefined : direct.has(`${e.name}@${e.version}`);
      packages.push(makePackage({ ecosystem: ECOSYSTEM, name: e.name, version: e.version, path: file.path, line, direct: isDirect }));
    });
    if (root && typeof root.name === 'string' && typeof root.version === 'string') {
      packages.push(makePackage({ ecosystem: ECOSYSTEM, name: root.name, version: root.version, path: file.path }));
    }
    return { packages: mergePackages(packages), ...(issues.length > 0 && { issues }) };
  },
} satisfies Cataloger;
