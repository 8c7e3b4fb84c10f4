/** Where in an HTML page a reflected value landed; each needs its own way out. */
export type HtmlContext = 'text' | 'rcdata' | 'attr-dq' | 'attr-sq' | 'attr-unquoted' | 'script' | 'comment';

const MAX_OCCURRENCES = 20;

/** Simplest way out first. */
const ORDER: readonly HtmlContext[] = ['text', 'rcdata', 'comment', 'script', 'attr-dq', 'attr-sq', 'attr-unquoted'];

/** The contexts of every reflection of `canary` in `body` (at most 20 looked at), simplest first. */
export function contextsOf(body: string, canary: string): HtmlContext[] {
  const found = new Set<HtmlContext>();
  for (const at of occurrences(body, canary)) found.add(contextAt(body.slice(0, at)));
  return ORDER.filter((c) => found.has(c));
}

/**
 * Does `payload` come back with its `marker` standing as markup — a tag or attribute name inside a tag —
 * rather than as text of a comment, a script or a title?
 */
export function markerInMarkup(body: string, payload: string, marker: string): boolean {
  const offset = payload.indexOf(marker);
  return occurrences(body, payload).some((at) => contextAt(body.slice(0, at + offset)) === 'attr-unquoted');
}

function occurrences(body: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = body.indexOf(needle); at >= 0 && out.length < MAX_OCCURRENCES; at = body.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

function contextAt(before: string): HtmlContext {
  const lower = before.toLowerCase();
  if (lower.lastIndexOf('<!--') > lower.lastIndexOf('-->')) return 'comment';
  if (lower.lastIndexOf('<script') > lower.lastIndexOf('</script')) return insideTag(before) ?? 'script';
  for (const tag of ['textarea', 'title']) {
    if (lower.lastIndexOf(`<${tag}`) > lower.lastIndexOf(`</${tag}`)) return insideTag(before) ?? 'rcdata';
  }
  return insideTag(before) ?? 'text';
}

/** The attribute context when the text ends inside a tag, else undefined. */
function insideTag(before: string): HtmlContext | undefined {
  const lt = before.lastIndexOf('<');
  if (lt < 0 || before.lastIndexOf('>') > lt) return undefined;
  let quote: string | undefined;
  for (const ch of before.slice(lt)) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    }
  }
  if (quote === '"') return 'attr-dq';
  if (quote === "'") return 'attr-sq';
  return 'attr-unquoted';
}

/**
 * Ways out of each context, around a marker `m` of the rule's choosing: into markup (an inert tag named
 * `m`), or, inside a tag, into a new attribute named `m` (the step before an event handler).
 */
export const BREAKOUTS: Record<HtmlContext, readonly ((m: string) => string)[]> = {
  text: [(m) => `<${m}>`],
  rcdata: [(m) => `</textarea></title><${m}>`],
  'attr-dq': [(m) => `"><${m}>`, (m) => `" ${m}="1`],
  'attr-sq': [(m) => `'><${m}>`, (m) => `' ${m}='1`],
  'attr-unquoted': [(m) => `><${m}>`, (m) => ` ${m}=1 `],
  script: [(m) => `</script><${m}>`],
  comment: [(m) => `--><${m}>`],
};
