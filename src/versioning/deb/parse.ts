/**
 * Parses a Debian version `[epoch:]upstream[-revision]` the way dpkg's parseversion does
 * (deb-version(7), Debian policy §5.6.12), rejecting what dpkg rejects or warns about.
 */
export interface DebVersion {
  epoch: number;
  upstream: string;
  /** '' when the version has no revision (dpkg treats a missing revision as empty). */
  revision: string;
}

/** Longer strings are not versions but input to refuse: bounds the work per comparison. */
export const MAX_DEB_VERSION_LENGTH = 256;
const MAX_EPOCH = 2147483647; // dpkg keeps the epoch in an int

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isAlnum(c: string): boolean {
  return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function allOf(s: string, extra: string): boolean {
  for (const c of s) if (!isAlnum(c) && !extra.includes(c)) return false;
  return true;
}

function parseEpoch(text: string): number | undefined {
  if (text.length === 0 || text.length > 10) return undefined;
  for (const c of text) if (!isDigit(c)) return undefined;
  const epoch = Number(text);
  return epoch <= MAX_EPOCH ? epoch : undefined;
}

/** The parsed version, or undefined when dpkg would refuse it. */
export function parseDebVersion(version: string): DebVersion | undefined {
  if (version.length === 0 || version.length > MAX_DEB_VERSION_LENGTH) return undefined;
  const colon = version.indexOf(':');
  let epoch = 0;
  let rest = version;
  if (colon >= 0) {
    const parsed = parseEpoch(version.slice(0, colon));
    if (parsed === undefined) return undefined;
    epoch = parsed;
    rest = version.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf('-');
  const upstream = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
  const revision = hyphen >= 0 ? rest.slice(hyphen + 1) : '';
  if (upstream.length === 0) return undefined;
  // A colon in the upstream version is only allowed when an epoch is present (it was split off above).
  if (!allOf(upstream, colon >= 0 ? '.+~-:' : '.+~-')) return undefined;
  if (!allOf(revision, '.+~')) return undefined;
  return { epoch, upstream, revision };
}
