/**
 * Tar entry names as the image sees them: relative to the image root, forward slashes, no `./`. A name
 * that climbs out with `..`, is absolute, or holds a NUL is refused (undefined) — a layer has no
 * business naming one.
 */
export function entryPath(name: string): string | undefined {
  if (name.includes('\0') || name.startsWith('/')) return undefined;
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.join('/');
}

/**
 * Where a symlink at `at` points, relative to the image root. An absolute target resolves from the
 * image root (`/..` stays at the root, as in the container); a relative one that climbs above the root
 * is refused (undefined): it can only be meant to reach the host when unpacked.
 */
export function linkTarget(at: string, target: string): string | undefined {
  if (target.includes('\0')) return undefined;
  const absolute = target.startsWith('/');
  const parts = absolute ? [] : at.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.length > 0) parts.pop();
    else if (!absolute) return undefined;
  }
  return parts.join('/');
}

export const OPAQUE = '.wh..wh..opq';
const WHITEOUT_PREFIX = '.wh.';

/** `dir/.wh.name` hides `dir/name` of lower layers; `dir/.wh..wh..opq` hides all of `dir`'s lower contents. */
export function whiteoutOf(p: string): { kind: 'opaque' | 'whiteout'; path: string } | undefined {
  const slash = p.lastIndexOf('/');
  const base = p.slice(slash + 1);
  if (!base.startsWith(WHITEOUT_PREFIX)) return undefined;
  const dir = slash < 0 ? '' : p.slice(0, slash);
  if (base === OPAQUE) return { kind: 'opaque', path: dir };
  const hidden = base.slice(WHITEOUT_PREFIX.length);
  if (hidden === '' || hidden === '.' || hidden === '..') return undefined;
  return { kind: 'whiteout', path: dir ? `${dir}/${hidden}` : hidden };
}
