import type { EscapeChar } from './types.js';
import { splitWords, unquote } from './words.js';

export interface HeredocMarker {
  name: string;
  chomp: boolean;
  quoted: boolean;
  fd?: number;
}

const MARKER = /^(\d*)<<(-?)([^<].*)$/;
const NAME = /^[A-Za-z0-9_.-]+$/;

/** BuildKit reads heredocs only for these instructions, and only in shell form. */
export const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

/** Finds `<<EOF`, `<<-EOF`, `<<'EOF'`, `3<<EOF` words in an instruction line, in order. */
export function heredocMarkers(line: string, escape: EscapeChar): HeredocMarker[] {
  if (!line.includes('<<')) return [];
  const markers: HeredocMarker[] = [];
  for (const word of splitWords(line, escape)) {
    const m = MARKER.exec(word);
    if (!m) continue;
    const rawName = m[3]!;
    const name = unquote(rawName, escape);
    if (!NAME.test(name)) continue;
    markers.push({
      name,
      chomp: m[2] === '-',
      quoted: rawName !== name,
      ...(m[1] !== '' && { fd: Number(m[1]) }),
    });
  }
  return markers;
}

/** Strips the leading tabs `<<-` allows, from a terminator candidate or a body line. */
export function stripLeadingTabs(line: string): string {
  return line.replace(/^\t+/, '');
}
