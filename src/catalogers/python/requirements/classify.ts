import { isSpace } from './lines.js';

/** What one logical line of a requirements file is. */
export type LineEntry =
  | { kind: 'requirement'; text: string }
  | { kind: 'include'; include: 'requirement' | 'constraint'; target: string }
  | { kind: 'include-missing-target' }
  /** URLs, VCS, local paths, editables, and options that name no package. */
  | { kind: 'skip' };

const INCLUDE_FLAGS: Record<string, 'requirement' | 'constraint'> = {
  '-r': 'requirement',
  '--requirement': 'requirement',
  '-c': 'constraint',
  '--constraint': 'constraint',
};
const ARCHIVE_RE = /\.(whl|zip|tar|tgz|tar\.gz|tar\.bz2|tbz|tar\.xz|txz|egg)$/i;
const URL_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

export function classifyLine(text: string): LineEntry {
  if (text.startsWith('-')) return classifyOption(text);
  const requirement = beforeOptions(text);
  if (isUrlOrPath(requirement)) return { kind: 'skip' };
  // `#` without whitespace before it is no comment to pip, but no requirement holds one either.
  const hash = requirement.indexOf('#');
  return { kind: 'requirement', text: (hash < 0 ? requirement : requirement.slice(0, hash)).trim() };
}

/** The requirement part of a line: what comes before the first option (`--hash=…`, `-C x`). */
export function beforeOptions(text: string): string {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '-' && isSpace(text[i - 1]!)) return text.slice(0, i).trim();
  }
  return text;
}

function classifyOption(text: string): LineEntry {
  const first = /^\S+/.exec(text)![0];
  const eq = first.indexOf('=');
  const flag = first.startsWith('--') && eq > 0 ? first.slice(0, eq) : first;
  let include = INCLUDE_FLAGS[flag];
  let target: string;
  if (include) {
    target = first.startsWith('--') && eq > 0 ? first.slice(eq + 1) : text.slice(first.length).trim();
  } else if (/^-[rc]\S/.test(first)) {
    include = INCLUDE_FLAGS[first.slice(0, 2)]!;
    target = text.slice(2).trim();
  } else {
    return { kind: 'skip' };
  }
  target = unquote(target.split(/\s+/)[0] ?? '');
  return target ? { kind: 'include', include, target } : { kind: 'include-missing-target' };
}

function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0]) ? s.slice(1, -1) : s;
}

function isUrlOrPath(text: string): boolean {
  if (URL_RE.test(text)) return true;
  if (/^[./~\\]/.test(text) || /^[A-Za-z]:[\\/]/.test(text)) return true;
  const first = /^[^\s;[]*/.exec(text)![0];
  return first.includes('/') || first.includes('\\') || ARCHIVE_RE.test(first);
}

export function isRemote(target: string): boolean {
  return URL_RE.test(target);
}
