import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Edit } from '../../core/model.js';

/** Why an edit cannot be applied: the file moved on since the fix was planned, or the path is not allowed. */
export interface EditConflict {
  path: string;
  reason: string;
}

const MAX_EDIT_BYTES = 8 * 1024 * 1024;

/**
 * Applies whole-file edits under root, all or nothing: every edit's `before` must still be the file's
 * text (a missing file counts as ''), every path must stay inside root without passing a symlink.
 */
export async function applyEdits(root: string, edits: readonly Edit[]): Promise<EditConflict[]> {
  const conflicts = await findConflicts(root, edits);
  if (conflicts.length === 0) await writeEdits(root, edits);
  return conflicts;
}

export async function findConflicts(root: string, edits: readonly Edit[]): Promise<EditConflict[]> {
  const conflicts: EditConflict[] = [];
  const seen = new Set<string>();
  for (const edit of edits) {
    const reason = unsafePath(edit.path) ?? (seen.has(edit.path) ? 'edited twice in one change' : await staleOrUnsafe(root, edit));
    seen.add(edit.path);
    if (reason) conflicts.push({ path: edit.path, reason });
  }
  return conflicts;
}

/** Writes edits already checked by findConflicts. */
export async function writeEdits(root: string, edits: readonly Edit[]): Promise<void> {
  for (const edit of edits) {
    const abs = path.join(root, edit.path);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, edit.after, 'utf8');
  }
}

function unsafePath(p: string): string | undefined {
  if (!p || p.includes('\0') || p.includes('\\') || path.posix.isAbsolute(p)) return 'not a relative path';
  const parts = p.split('/');
  if (parts.some((s) => s === '..' || s === '.' || s === '')) return 'the path leaves the project or is not normalized';
  if (parts.includes('.git')) return 'edits inside .git are not allowed';
  return undefined;
}

async function staleOrUnsafe(root: string, edit: Edit): Promise<string | undefined> {
  if (Buffer.byteLength(edit.after) > MAX_EDIT_BYTES) return 'the new text is larger than 8 MiB';
  const parts = edit.path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const st = await lstat(path.join(root, ...parts.slice(0, i))).catch(() => undefined);
    if (!st) break;
    if (!st.isDirectory()) return `${parts.slice(0, i).join('/')} is a link or a file, not a directory`;
  }
  const abs = path.join(root, edit.path);
  const st = await lstat(abs).catch(() => undefined);
  if (!st) return edit.before === '' ? undefined : 'the file no longer exists';
  if (!st.isFile()) return 'not a regular file (a link or a directory)';
  if (st.size > MAX_EDIT_BYTES) return 'the file is larger than 8 MiB';
  const current = await readFile(abs, 'utf8');
  return current === edit.before ? undefined : 'the file changed since the fix was planned';
}
