import type { ChangeSet, Finding } from '../../core/model.js';
import { redactCredentials } from '../../core/redact.js';

const MAX_SNIPPET = 70;

/** Text for a Markdown table cell: no pipes, no line breaks, no HTML. */
export function cell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '&#124;').replace(/\r?\n/g, ' ');
}

export function code(text: string): string {
  return `<code>${cell(text)}</code>`;
}

/**
 * The line a change rewrote for this finding, before → after. A secret's line is never shown: the
 * finding names it, the diff removes it, and the body is no place to repeat it.
 */
export function beforeAfter(f: Finding | undefined, changeSet: ChangeSet): string {
  const file = f?.location.kind === 'file' ? f.location.path : f?.location.kind === 'package' ? f.location.path : undefined;
  const edit = changeSet.edits.find((e) => e.path === file) ?? changeSet.edits[0];
  if (!edit) return '';
  if (f && (f.category === 'secret' || f.cwe.includes('CWE-798'))) return '(secret removed — not shown)';
  const { removed, added } = changedLines(edit.before, edit.after);
  const side = (lines: string[]): string => (lines.length === 0 ? '(nothing)' : `${code(clip(lines[0]!.trim()))}${lines.length > 1 ? ` +${lines.length - 1} lines` : ''}`);
  return `${side(removed)} → ${side(added)}`;
}

/** The lines between the common head and the common tail of two texts. */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const keep = (lines: string[]): string[] => lines.slice(head, lines.length - tail).filter((l) => l.trim() !== '');
  return { removed: keep(a), added: keep(b) };
}

function clip(text: string): string {
  const clean = redactCredentials(text);
  return clean.length > MAX_SNIPPET ? `${clean.slice(0, MAX_SNIPPET - 1)}…` : clean;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
