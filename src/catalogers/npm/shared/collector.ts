import type { Package } from '../../../core/model.js';
import { makePackage } from '../../shared/package.js';

/** Dependency groups a lockfile can name; no scope means a production dependency. */
export type Scope = 'optional' | 'peer' | 'dev';

export interface FoundPackage {
  name: string;
  version: string;
  line?: number;
  /** Undefined when the lockfile does not say which packages the project declares. */
  direct?: boolean;
  scope?: Scope;
}

/** Production ranks lowest: a package installed for production anywhere is a production package. */
const SCOPE_RANK: Record<Scope | 'prod', number> = { prod: 0, optional: 1, peer: 2, dev: 3 };

export function rankOf(scope: Scope | undefined): number {
  return SCOPE_RANK[scope ?? 'prod'];
}

/** The least restrictive of two scopes: what a package is when it is installed for both reasons. */
export function widerScope(a: Scope | undefined, b: Scope | undefined): Scope | undefined {
  return rankOf(a) <= rankOf(b) ? a : b;
}

export interface PackageCollector {
  add(found: FoundPackage): void;
  packages(): Package[];
}

/**
 * Collects what one lockfile lists and collapses duplicates (same name and version from several
 * install paths) into one package: the first line, direct if any copy is, the widest scope.
 */
export function createCollector(path: string): PackageCollector {
  const byKey = new Map<string, FoundPackage>();
  return {
    add(found) {
      const name = found.name.trim().toLowerCase();
      if (name === '') return;
      const key = `${name}\0${found.version}`;
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, { ...found });
        return;
      }
      if (seen.line === undefined || (found.line !== undefined && found.line < seen.line)) seen.line = found.line;
      if (found.direct !== undefined) seen.direct = seen.direct === true || found.direct;
      seen.scope = widerScope(seen.scope, found.scope);
    },
    packages() {
      return [...byKey.values()].map((p) =>
        makePackage({
          ecosystem: 'npm',
          name: p.name,
          version: p.version,
          path,
          ...(p.line !== undefined && { line: p.line }),
          ...(p.direct !== undefined && { direct: p.direct }),
          ...(p.scope !== undefined && { scope: p.scope }),
        }),
      );
    },
  };
}
