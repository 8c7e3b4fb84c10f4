/**
 * Parses an rpm EVR `[epoch:]version[-release]` the way rpm's parseEVR splits it: the epoch is the
 * run of digits before the first `:`, the release whatever follows the last `-`.
 */
export interface RpmVersion {
  /** Digits without leading zeros; '0' when absent. */
  epoch: string;
  version: string;
  /** undefined when the EVR has no release. */
  release?: string;
}

export const MAX_RPM_VERSION_LENGTH = 256;

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
/** Characters rpm accepts in a Version or Release tag (alphanumerics and `._+~^`). */
const isVersionChar = (c: string): boolean =>
  isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || '._+~^'.includes(c);

function allVersionChars(s: string): boolean {
  for (const c of s) if (!isVersionChar(c)) return false;
  return true;
}

/** The parsed EVR, or undefined when it is not one rpm could have built. */
export function parseRpmVersion(evr: string): RpmVersion | undefined {
  if (evr.length === 0 || evr.length > MAX_RPM_VERSION_LENGTH) return undefined;
  const colon = evr.indexOf(':');
  let epoch = '0';
  let rest = evr;
  if (colon >= 0) {
    const digits = evr.slice(0, colon);
    if (digits.length === 0 || ![...digits].every(isDigit)) return undefined;
    epoch = digits.replace(/^0+(?=.)/, '');
    rest = evr.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf('-');
  const version = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
  const release = hyphen >= 0 ? rest.slice(hyphen + 1) : undefined;
  if (version.length === 0 || !allVersionChars(version)) return undefined;
  if (release !== undefined && (release.length === 0 || !allVersionChars(release))) return undefined;
  return release === undefined ? { epoch, version } : { epoch, version, release };
}
