import type { LineEdit } from './response.js';

/** Applies line edits (1-based, inclusive; endLine = startLine - 1 inserts) bottom-up so numbers stay valid. */
export function applyLineEdits(text: string, edits: readonly LineEdit[]): string {
  const lines = text.split('\n');
  const ordered = [...edits].sort((a, b) => b.startLine - a.startLine);
  for (const edit of ordered) {
    const replacement = edit.replacement === '' ? [] : edit.replacement.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
    lines.splice(edit.startLine - 1, edit.endLine - edit.startLine + 1, ...replacement);
  }
  return lines.join('\n');
}

/** The edits overlap when one starts before the previous one (in line order) ends. */
export function overlapping(edits: readonly LineEdit[]): boolean {
  const ordered = [...edits].sort((a, b) => a.startLine - b.startLine);
  return ordered.some((edit, i) => i > 0 && edit.startLine <= ordered[i - 1]!.endLine);
}
