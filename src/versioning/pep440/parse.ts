import { MAX_VERSION_LENGTH, stripLeadingZeros } from '../shared/numeric.js';

/** The normalized parts of a PEP 440 version; numbers are digit strings without leading zeros. */
export interface Pep440Version {
  epoch: string;
  /** Release segment with trailing zeros removed: `1.0.0` and `1` are the same release. */
  release: readonly string[];
  pre?: { label: 'a' | 'b' | 'rc'; number: string };
  post?: string;
  dev?: string;
  /** Local segments, lower-cased; digit-only segments are numbers. */
  local?: readonly string[];
}

/**
 * PEP 440 "Appendix B" pattern (the one `packaging` uses), applied to the trimmed, lower-cased string.
 * Every repetition is delimited (dots, fixed words), so matching is linear; input is capped at 256 chars.
 */
const PATTERN = new RegExp(
  '^v?' +
    '(?:([0-9]+)!)?' + // epoch
    '([0-9]+(?:\\.[0-9]+)*)' + // release
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]+)?)?' + // pre-release
    '(?:-([0-9]+)|[-_.]?(post|rev|r)[-_.]?([0-9]+)?)?' + // post-release (implicit `-1` or spelled)
    '(?:[-_.]?(dev)[-_.]?([0-9]+)?)?' + // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$', // local version
);

const PRE_LABELS: Record<string, 'a' | 'b' | 'rc'> = {
  a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc',
};

function number(digits: string | undefined): string {
  return digits === undefined ? '0' : stripLeadingZeros(digits);
}

function trimZeros(release: string[]): string[] {
  let end = release.length;
  while (end > 0 && release[end - 1] === '0') end--;
  return release.slice(0, end);
}

/** Parses and normalizes a PEP 440 version (case, `v`, separators, spellings); undefined when it is not one. */
export function parsePep440(input: string): Pep440Version | undefined {
  if (input.length > MAX_VERSION_LENGTH) return undefined;
  const trimmed = input.trim();
  // PEP 440 is ASCII: check before lower-casing, so no non-ASCII letter folds into one (the Kelvin sign → k).
  if (!/^[\x21-\x7e]*$/.test(trimmed)) return undefined;
  const m = PATTERN.exec(trimmed.toLowerCase());
  if (!m) return undefined;
  const [, epoch, release, preLabel, preN, postImplicit, postLabel, postN, devLabel, devN, local] = m;
  const version: Pep440Version = {
    epoch: number(epoch),
    release: trimZeros(release!.split('.').map(stripLeadingZeros)),
  };
  if (preLabel !== undefined) version.pre = { label: PRE_LABELS[preLabel]!, number: number(preN) };
  if (postImplicit !== undefined) version.post = number(postImplicit);
  else if (postLabel !== undefined) version.post = number(postN);
  if (devLabel !== undefined) version.dev = number(devN);
  if (local !== undefined) version.local = local.split(/[-_.]/);
  return version;
}
