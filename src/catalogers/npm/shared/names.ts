/** npm package names and the dependency specs lockfiles write beside them. */

const VALID_NAME = /^(?:@[^/@\s:()]+\/)?[^/@\s:()]+$/;
const EXACT_VERSION = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const PROTOCOL = /^([a-z][a-z0-9+.-]*):/i;

export interface Descriptor {
  name: string;
  /** What follows the name's `@`: a range, a version or a protocol spec; '' when there is none. */
  spec: string;
}

/** An npm package name, scoped or not (`@scope/name`, `name`). */
export function isValidName(name: string): boolean {
  return VALID_NAME.test(name);
}

/** A single resolved semver version, as registries publish them. */
export function isExactVersion(version: string): boolean {
  return EXACT_VERSION.test(version);
}

/** Splits `name@spec`; a scoped name keeps its leading `@`. Without a second `@` the spec is ''. */
export function splitDescriptor(descriptor: string): Descriptor {
  const at = descriptor.indexOf('@', 1);
  if (at < 0) return { name: descriptor, spec: '' };
  return { name: descriptor.slice(0, at), spec: descriptor.slice(at + 1) };
}

/**
 * `npm:real@1.0.0` (an npm alias) gives the real name and its spec. Berry's plain registry protocol
 * (`npm:1.0.2`, `npm:^1.0.0`) names no other package and gives undefined.
 */
export function parseNpmAlias(spec: string): Descriptor | undefined {
  if (!spec.startsWith('npm:')) return undefined;
  const target = splitDescriptor(spec.slice(4));
  return target.spec !== '' && isValidName(target.name) ? target : undefined;
}

/**
 * The protocol a spec names (`npm`, `file`, `link`, `workspace`, `git+ssh`, `github`, `https` …),
 * `git` for git shorthands (`user/repo#ref`), undefined for a plain range or version.
 */
export function specProtocol(spec: string): string | undefined {
  const match = PROTOCOL.exec(spec);
  if (match?.[1]) return match[1].toLowerCase();
  if (/^[^@/\s]+\/[^/\s]+(?:#.*)?$/.test(spec) && !spec.startsWith('.')) return 'git';
  return undefined;
}

const KNOWN_PROTOCOLS = new Set([
  'npm', 'file', 'link', 'portal', 'workspace', 'patch', 'exec', 'git', 'git+ssh', 'git+https', 'git+http',
  'git+file', 'github', 'gitlab', 'bitbucket', 'gist', 'http', 'https', 'ssh',
]);

/** Protocols npm, yarn, pnpm or bun understand; an entry with any other one is not installed by them. */
export function isKnownProtocol(protocol: string): boolean {
  return KNOWN_PROTOCOLS.has(protocol);
}

/** The package name at the end of an install path: `a/node_modules/@s/b` gives `@s/b`, `deps/etag` gives `etag`. */
export function nameFromPath(installPath: string): string {
  const parts = installPath.split('/').filter((p) => p !== '');
  const last = parts[parts.length - 1] ?? '';
  const scope = parts[parts.length - 2];
  return scope?.startsWith('@') ? `${scope}/${last}` : last;
}
