/**
 * Making scanned text safe and small for a terminal. Scanned content may carry escape sequences that
 * repaint the screen or bidi controls that reorder what is shown (Trojan Source); both are printed as
 * visible escapes instead.
 */

// C0 and C1 controls, DEL, and the Unicode bidi/format characters that change how text is displayed.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visibleEscape(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of plain, printable text: whitespace runs (newlines included) become one space. */
export function sanitizeInline(text: string): string {
  return text.replace(/[\t\n\r\f\v ]+/g, ' ').trim().replace(UNSAFE, visibleEscape);
}

/** Cuts text to `width` code points, ending with an ellipsis when something was cut. */
export function truncate(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  if (width <= 1) return chars.slice(0, Math.max(width, 0)).join('');
  return `${chars.slice(0, width - 1).join('')}…`;
}

export const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 40;

/** The width to fit lines into: the terminal's when stdout is one, else 100. */
export function terminalWidth(): number {
  const columns = process.stdout.columns;
  return typeof columns === 'number' && columns > 0 ? Math.max(columns, MIN_WIDTH) : DEFAULT_WIDTH;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
