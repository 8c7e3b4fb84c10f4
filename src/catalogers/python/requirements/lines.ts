/** One logical line of a requirements file: continuations joined, comments removed. */
export interface LogicalLine {
  /** 1-based line where the logical line starts. */
  line: number;
  text: string;
}

/**
 * Splits a requirements file the way pip reads it: a line ending in `\` continues on the next one
 * (unless it is a comment line, which ends a continuation), then `#` at the start or after whitespace
 * starts a comment. Empty lines are dropped. Linear in the input.
 */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let pending: string[] = [];
  let start = 0;
  const emit = (line: number, joined: string): void => {
    const t = stripComment(joined).trim();
    if (t) out.push({ line, text: t });
  };
  raw.forEach((line, index) => {
    const comment = isCommentLine(line);
    if (!line.endsWith('\\') || comment) {
      if (pending.length > 0) {
        pending.push(comment ? ` ${line}` : line);
        emit(start, pending.join(''));
        pending = [];
      } else {
        emit(index + 1, line);
      }
      return;
    }
    if (pending.length === 0) start = index + 1;
    pending.push(trimBackslashes(line));
  });
  if (pending.length > 0) emit(start, pending.join(''));
  return out;
}

function isCommentLine(line: string): boolean {
  let i = 0;
  while (i < line.length && isSpace(line[i]!)) i++;
  return line[i] === '#';
}

/** Removes `#…` where `#` starts the line or follows whitespace (so `url#egg=x` keeps its fragment). */
export function stripComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '#' || (i > 0 && !isSpace(line[i - 1]!))) continue;
    let cut = i;
    while (cut > 0 && isSpace(line[cut - 1]!)) cut--;
    return line.slice(0, cut);
  }
  return line;
}

function trimBackslashes(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && line[a] === '\\') a++;
  while (b > a && line[b - 1] === '\\') b--;
  return line.slice(a, b);
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v';
}
