// DEL, C1 controls (U+009B is a one-byte CSI to some terminals), bidi controls and line separators.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `JSON.stringify` with 2-space indent and a final newline, which also writes the characters a terminal
 * or viewer could act on as `\uXXXX` escapes. The parsed value is identical; only the bytes are safer
 * to `cat`. (JSON.stringify already escapes C0 controls such as ESC.)
 */
export function stringifySafe(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(
    UNSAFE_IN_JSON,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${text}\n`;
}
