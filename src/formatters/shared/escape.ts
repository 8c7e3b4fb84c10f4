/**
 * Escaping for text from scanned content placed into GitHub-flavoured Markdown (PR comments, step
 * summaries, SARIF help). A finding message is attacker-controlled: it must not open HTML, break a table,
 * start a code span, forge a link or ping people.
 */

// Controls (C0, DEL, C1) and the bidi/format characters that reorder displayed text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Characters that start emphasis, code, links, tables, strikethrough or an escape.
const MARKDOWN = /[\\`*_[\]|~]/g;

/** Escapes text for one line of Markdown (a table cell, a list item): newlines become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(UNSAFE, '\ufffd')
    .replace(/[&<>"]/g, (ch) => HTML[ch] ?? ch)
    .replace(MARKDOWN, (ch) => `\\${ch}`)
    // `@name` mentions and `#123` references (after a non-word character) are linked after rendering;
    // a zero-width space defuses both and leaves `name@1.0` and `a#b` alone.
    .replace(/(?<!\w)([@#])(?=[\w-])/g, '$1\u200b');
}

/** Cuts text (before escaping) to `max` code points with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
