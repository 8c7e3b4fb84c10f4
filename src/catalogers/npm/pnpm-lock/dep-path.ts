import { isExactVersion, isValidName } from '../shared/names.js';

export interface DepPathId {
  name: string;
  /** '' when the key names a tarball, folder or repository rather than a version. */
  version: string;
}

/**
 * The package a `packages`/`snapshots` key names, in each lockfile generation:
 * v5 `/name/1.0.0_peer@2.0.0` (also with a registry host before the name),
 * v6 `/name@1.0.0(peer@2.0.0)`, v9 `name@1.0.0(peer@2.0.0)` and `name@<url or file: spec>`.
 * Undefined when the key names no package (a bare repository path such as `github.com/u/repo`).
 */
export function parseDepPath(key: string): DepPathId | undefined {
  const k = withoutPeers(key.startsWith('/') ? key.slice(1) : key);
  const at = k.indexOf('@', 1);
  if (at > 0) {
    const name = k.slice(0, at);
    if (isValidName(name)) {
      const rest = k.slice(at + 1);
      return { name, version: isExactVersion(rest) ? rest : '' };
    }
  }
  const parts = k.split('/');
  const version = (parts[parts.length - 1] ?? '').split('_')[0] ?? '';
  const base = parts[parts.length - 2];
  if (!isExactVersion(version) || base === undefined) return undefined;
  const scope = parts[parts.length - 3];
  const name = scope?.startsWith('@') ? `${scope}/${base}` : base;
  return isValidName(name) ? { name, version } : undefined;
}

/** `name@1.0.0(a@1)(b@2)` → `name@1.0.0`: the package a snapshot of it (with resolved peers) installs. */
export function withoutPeers(key: string): string {
  const open = key.indexOf('(');
  return open < 0 ? key : key.slice(0, open);
}

/**
 * The keys a dependency reference may stand for, most specific first: v5 `/name/ref`, v6
 * `/name@ref`, v9 `name@ref`, or the reference itself (aliases, tarballs, `file:` folders).
 * `link:` references point at workspace folders, which are not packages of the lockfile.
 */
export function refCandidates(name: string, ref: string): string[] {
  if (ref.startsWith('link:')) return [];
  return [`/${name}/${ref}`, `/${name}@${ref}`, `${name}@${ref}`, ref, `/${ref}`];
}
