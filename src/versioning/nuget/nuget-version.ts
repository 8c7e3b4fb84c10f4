import { compareDigits, isDigits, isIdentifier, MAX_VERSION_LENGTH, stripLeadingZeros } from '../shared/numeric.js';

/** A parsed NuGet version: four numeric parts (missing ones are 0), release labels; metadata is dropped. */
export interface NuGetVersion {
  parts: readonly [string, string, string, string];
  labels: readonly string[];
}

/** System.Version parts are Int32. */
const INT32_MAX = '2147483647';

/** Split as NuGet's ParseSections does: the version ends at the first `-` or `+`, labels at the first `+`. */
function sections(s: string): { version: string; labels?: string; metadata?: string } {
  const cut = s.search(/[-+]/);
  if (cut < 0) return { version: s };
  const version = s.slice(0, cut);
  if (s[cut] === '+') return { version, metadata: s.slice(cut + 1) };
  const rest = s.slice(cut + 1);
  const plus = rest.indexOf('+');
  return plus < 0 ? { version, labels: rest } : { version, labels: rest.slice(0, plus), metadata: rest.slice(plus + 1) };
}

/** A release label: [0-9A-Za-z-]+, and a purely numeric one has no leading zero. */
function isValidLabel(label: string): boolean {
  return isIdentifier(label) && !(isDigits(label) && label.length > 1 && label[0] === '0');
}

function parseParts(version: string): NuGetVersion['parts'] | undefined {
  const raw = version.split('.');
  if (raw.length > 4 || !raw.every((p) => isDigits(p) && compareDigits(p, INT32_MAX) <= 0)) return undefined;
  const parts = raw.map(stripLeadingZeros);
  while (parts.length < 4) parts.push('0');
  return parts as unknown as NuGetVersion['parts'];
}

/**
 * Parses a version as NuGetVersion.TryParse: trimmed, 1–4 numeric parts (leading zeros allowed, Int32 range),
 * optional `-label.label` and `+metadata`. No `v` prefix. (System.Version also tolerates a `+` sign and
 * blanks inside a part; no published package uses that and this parser refuses it.)
 */
export function parseNuGetVersion(input: string): NuGetVersion | undefined {
  if (input.length > MAX_VERSION_LENGTH) return undefined;
  const { version, labels, metadata } = sections(input.trim());
  const parts = parseParts(version);
  if (!parts) return undefined;
  const labelList = labels === undefined ? [] : labels.split('.');
  if (!labelList.every(isValidLabel)) return undefined;
  if (metadata !== undefined && !metadata.split('.').every(isIdentifier)) return undefined;
  return { parts, labels: labelList };
}

/** int.TryParse on a label: an optional `-` then digits, within Int32. */
function labelAsInt(label: string): number | undefined {
  if (!/^-?[0-9]+$/.test(label)) return undefined;
  const n = Number(label);
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/** VersionComparer.CompareRelease: numbers numerically, numbers before text, text case-insensitively. */
function compareLabel(a: string, b: string): number {
  const x = labelAsInt(a);
  const y = labelAsInt(b);
  if (x !== undefined && y !== undefined) return Math.sign(x - y);
  if (x !== undefined || y !== undefined) return x !== undefined ? -1 : 1;
  const ua = a.toUpperCase();
  const ub = b.toUpperCase();
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

/** VersionComparer.Default: the four parts, then labels (a release ranks above any pre-release); metadata ignored. */
export function compareNuGet(a: NuGetVersion, b: NuGetVersion): number {
  for (let i = 0; i < 4; i++) {
    const c = compareDigits(a.parts[i]!, b.parts[i]!);
    if (c !== 0) return c;
  }
  if (a.labels.length === 0 || b.labels.length === 0) {
    return a.labels.length === b.labels.length ? 0 : a.labels.length === 0 ? 1 : -1;
  }
  const n = Math.min(a.labels.length, b.labels.length);
  for (let i = 0; i < n; i++) {
    const c = compareLabel(a.labels[i]!, b.labels[i]!);
    if (c !== 0) return c;
  }
  return Math.sign(a.labels.length - b.labels.length);
}
