/**
 * Regular expressions used as allow-list checks (`re.fullmatch(r'[a-z0-9]+', x)`, `/^\w+$/.test(x)`),
 * shared by the Python and JavaScript engines. A pattern is an allow-list when it rejects every probe
 * below, each a typical payload of one injection class; the probes decide, so an unanchored
 * `re.search('[a-z]+', x)` or a permissive `^.*$` is no sanitizer, without reasoning about anchors.
 */
const PROBES: readonly string[] = [
  '../etc/passwd', '..\\win.ini', 'a;id', 'a|id', '$(id)', '`id`', "a'b", 'a"b', '<b>', '//evil.example', 'http://evil.example/',
  '{{7*7}}', 'a\nb', 'a\r\nb', 'a)(uid=*', '*',
];

const MAX_PATTERN = 500;
const memo = new Map<string, boolean>();

/** How the pattern is applied: the whole value (`fullmatch`), from its start (`match`), or anywhere (`search`, `.test`). */
export type PatternAnchor = 'full' | 'start' | 'none';

/** Does a value matching `pattern` (JavaScript syntax, `flags` without g/y) carry none of the probes? */
export function isAllowPattern(pattern: string, flags: string, anchor: PatternAnchor): boolean {
  if (pattern.length > MAX_PATTERN) return false;
  const key = `${anchor}/${flags}/${pattern}`;
  let result = memo.get(key);
  if (result === undefined) {
    result = probeRejects(pattern, flags.replace(/[gyd]/g, ''), anchor);
    if (memo.size < 1000) memo.set(key, result);
  }
  return result;
}

function probeRejects(pattern: string, flags: string, anchor: PatternAnchor): boolean {
  const source = anchor === 'full' ? `^(?:${pattern})$` : anchor === 'start' ? `^(?:${pattern})` : pattern;
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch {
    return false;
  }
  return PROBES.every((p) => !re.test(p));
}

/**
 * A Python `re` pattern in JavaScript syntax, or undefined when it uses something JavaScript reads
 * differently: `\Z`/`\A` anchors, `(?P<name>…)` groups and leading inline flags (`(?i)`) are translated.
 */
export function pythonPatternToScript(pattern: string): { pattern: string; flags: string } | undefined {
  let flags = '';
  let body = pattern;
  const inline = /^\(\?([aiLmsux]+)\)/.exec(body);
  if (inline) {
    if (/[Lx]/.test(inline[1]!)) return undefined;
    flags = [...new Set(inline[1]!.replace(/[au]/g, ''))].join('');
    body = body.slice(inline[0].length);
  }
  body = body.replace(/\\Z/g, '$').replace(/\\A/g, '^').replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
  return /\(\?[aiLmsux-]/.test(body) ? undefined : { pattern: body, flags };
}
