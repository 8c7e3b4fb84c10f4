import { raisePep440 } from '../shared/pep440-spec.js';
import { samePythonName } from '../shared/upgrade.js';

export interface Rewritten {
  text: string;
  /** The requirement carried `--hash` options, which no longer match and were removed. */
  droppedHashes: boolean;
}

const NAME_RE = /^(\s*)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(\s*\[[^\]]*\])?/;

/**
 * Raises every requirement of `name` in a requirements file to `target`. Only the version specifier
 * changes: the line's comment, environment marker and other options stay as written. A requirement
 * with `--hash` options loses them (they hash the old version) and says so.
 */
export function rewriteRequirements(text: string, name: string, target: string, compare: (a: string, b: string) => number): Rewritten | { reason: string } {
  const lines = text.split('\n');
  let found = false;
  let droppedHashes = false;
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && continues(lines[i - 1]!)) continue;
    const m = NAME_RE.exec(lines[i]!);
    if (!m || !samePythonName(m[2]!, name)) continue;
    const end = logicalEnd(lines, i);
    const rewritten = rewriteLine(lines[i]!, m[0].length, target, compare);
    if (typeof rewritten === 'object') return rewritten;
    lines[i] = rewritten;
    found = true;
    if (lines.slice(i, end + 1).some((l) => l.includes('--hash'))) {
      dropHashes(lines, i, end);
      droppedHashes = true;
    }
  }
  if (!found) return { reason: `no requirement of ${name} found` };
  return { text: lines.join('\n'), droppedHashes };
}

function continues(line: string): boolean {
  return line.replace(/\r$/, '').endsWith('\\') && !line.trimStart().startsWith('#');
}

function logicalEnd(lines: readonly string[], start: number): number {
  let i = start;
  while (i < lines.length - 1 && continues(lines[i]!)) i++;
  return i;
}

/** Replaces the specifier that follows the name (up to a marker, an option, a comment or the end). */
function rewriteLine(line: string, afterName: number, target: string, compare: (a: string, b: string) => number): string | { reason: string } {
  const rest = line.slice(afterName);
  const stop = rest.search(/;|\s#|\s--|\s-[a-zA-Z]|\\\r?$|\r$/);
  const specPart = stop < 0 ? rest : rest.slice(0, stop);
  if (specPart.trim().startsWith('@')) return { reason: 'the requirement is a direct URL reference; change it by hand' };
  const raised = raisePep440(specPart.trim(), target, compare);
  if (typeof raised === 'object') return raised;
  if (specPart.trim() === '') return line.slice(0, afterName) + raised + rest;
  const lead = /^\s*/.exec(specPart)![0];
  const trail = /\s*$/.exec(specPart)![0];
  return line.slice(0, afterName) + lead + raised + trail + rest.slice(specPart.length);
}

/** Removes `--hash=…` options from a logical line; continuation lines left empty go. */
function dropHashes(lines: string[], start: number, end: number): void {
  const kept = lines
    .slice(start, end + 1)
    .map((l) => l.replace(/\s*--hash[= ]\S+/g, '').replace(/\s*\\$/, ''))
    .filter((l, k) => k === 0 || l.trim() !== '');
  lines.splice(start, end - start + 1, ...kept.map((l, k) => (k < kept.length - 1 ? `${l} \\` : l)));
}
