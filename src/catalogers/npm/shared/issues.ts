import { printParseErrorCode, visit } from 'jsonc-parser';

/** A non-fatal problem with one lockfile, as catalogers report it. */
export interface LockIssue {
  code: string;
  message: string;
  path: string;
}

/**
 * A file that is not what its name says, or a part of it that would not parse. The message says what
 * and where (line, entry); it never quotes file content beyond a package name. Formatters print the path.
 */
export function parseError(path: string, message: string): LockIssue {
  return { code: 'parse-error', message, path };
}

/**
 * Where and why JSON.parse rejected a text, without quoting it (engine messages echo the input).
 * Runs a second, position-aware pass only on this failure path.
 */
export function describeJsonError(text: string): string {
  let where: string | undefined;
  try {
    visit(
      text,
      {
        onError(error, _offset, _length, line, column) {
          where ??= `${printParseErrorCode(error)} at line ${line + 1}, column ${column + 1}`;
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch {
    // The locating pass recurses; on hostile nesting it gives up and the message says less.
    where ??= 'nested too deeply';
  }
  return where ? `not valid JSON (${where})` : 'not valid JSON';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the text looks binary: NUL bytes or many replacement characters near the start. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let bad = 0;
  for (let i = head.indexOf('\uFFFD'); i >= 0; i = head.indexOf('\uFFFD', i + 1)) bad++;
  return bad > 8 && bad > head.length / 100;
}
