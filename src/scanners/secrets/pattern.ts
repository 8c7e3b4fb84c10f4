/**
 * Rule regexes are written gitleaks-style: a leading `(?i)` makes them case-insensitive, since
 * JavaScript has no inline flags. Everything else is JavaScript regex syntax.
 */
export function compilePattern(source: string, flags = ''): RegExp {
  const insensitive = source.startsWith('(?i)');
  const body = insensitive ? source.slice(4) : source;
  return new RegExp(body, insensitive ? `${flags}i` : flags);
}

/** Number of capture groups in a compiled regex. */
export function groupCount(re: RegExp): number {
  return new RegExp(`${re.source}|`, re.flags.replace(/[gyd]/g, '')).exec('')!.length - 1;
}
