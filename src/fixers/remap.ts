import { diffLines } from 'diff';
import type { Finding } from '../core/model.js';

/**
 * Finds where a line of the scanned text is in the text as earlier fixes left it. A line an earlier fix
 * rewrote maps to the start of its replacement, so a fixer still looks in the right place.
 */
export function remapLine(original: string, current: string, line: number): number {
  if (original === current) return line;
  let oldLine = 1;
  let newLine = 1;
  for (const part of diffLines(original, current)) {
    const count = part.count ?? 0;
    if (part.added) {
      newLine += count;
      continue;
    }
    if (line < oldLine + count) return part.removed ? newLine : newLine + (line - oldLine);
    oldLine += count;
    if (!part.removed) newLine += count;
  }
  return newLine;
}

/** The finding with its lines moved to where they are in the current text of its file. */
export function remapFinding(finding: Finding, original: string | undefined, current: string | undefined): Finding {
  if (original === undefined || current === undefined || original === current) return finding;
  const loc = finding.location;
  if (loc.kind === 'file') {
    const startLine = remapLine(original, current, loc.startLine);
    const shift = startLine - loc.startLine;
    return { ...finding, location: { ...loc, startLine, ...(loc.endLine !== undefined && { endLine: Math.max(startLine, loc.endLine + shift) }) } };
  }
  if (loc.kind === 'package' && loc.line !== undefined) {
    return { ...finding, location: { ...loc, line: remapLine(original, current, loc.line) } };
  }
  return finding;
}
