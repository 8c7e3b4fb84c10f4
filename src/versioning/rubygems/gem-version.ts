import { compareDigits, compareStrings, isDigits, MAX_VERSION_LENGTH, stripLeadingZeros } from '../shared/numeric.js';

/** Gem::Version::ANCHORED_VERSION_PATTERN, without the surrounding whitespace (stripped first). */
const PATTERN = /^[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** Ruby's String#strip: ASCII whitespace (and NUL), nothing wider. */
const RUBY_STRIP = /^[\t\n\v\f\r \0]+|[\t\n\v\f\r \0]+$/g;

function dropTrailingZeros(segments: string[]): string[] {
  let end = segments.length;
  while (end > 0 && segments[end - 1] === '0') end--;
  return segments.slice(0, end);
}

/**
 * Gem::Version#canonical_segments: `-` becomes `.pre.`, the string is split into digit runs (kept as
 * digit strings without leading zeros) and letter runs, and trailing zeros are dropped from the release
 * part and from the pre-release part separately (`1.0.0` → [1], `1.0.a.0` → [1, a]). Undefined when Gem::Version.correct? would say no; an empty
 * string (which RubyGems reads as `0`) is refused too.
 */
export function parseGemVersion(input: string): readonly string[] | undefined {
  if (input.length > MAX_VERSION_LENGTH) return undefined;
  const version = input.replace(RUBY_STRIP, '');
  if (!PATTERN.test(version)) return undefined;
  const segments = (version.replaceAll('-', '.pre.').match(/[0-9]+|[a-z]+/gi) ?? []).map((s) =>
    isDigits(s) ? stripLeadingZeros(s) : s,
  );
  const firstWord = segments.findIndex((s) => !isDigits(s));
  if (firstWord < 0) return dropTrailingZeros(segments);
  return [...dropTrailingZeros(segments.slice(0, firstWord)), ...dropTrailingZeros(segments.slice(firstWord))];
}

/** Gem::Version#<=>: segment by segment, a missing one counts as 0, words sort before numbers. */
export function compareGemSegments(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? '0';
    const y = b[i] ?? '0';
    if (x === y) continue;
    const xn = isDigits(x);
    const yn = isDigits(y);
    if (xn !== yn) return xn ? 1 : -1;
    return xn ? compareDigits(x, y) : compareStrings(x, y);
  }
  return 0;
}
