import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { ScanIssue } from './model.js';

/**
 * The one file walker. It walks a tree once, honours .gitignore files (nested ones too) and configured
 * excludes, and reports — never throws on — unreadable directories, special files, symlink loops and
 * links that leave the root. Symlinks are never followed: a link inside the root points at something
 * the walk reaches anyway. It does not stat files; the reader checks sizes when it opens one.
 */

export interface WalkOptions {
  root: string;
  /** Globs relative to the root (picomatch syntax); a matching directory is not entered. */
  exclude?: readonly string[];
  gitignore?: boolean;
  maxFiles?: number;
  onIssue(issue: ScanIssue): void;
}

export interface WalkedFile {
  /** Relative to the root, forward slashes. */
  path: string;
  absPath: string;
}

const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn']);
const DEFAULT_MAX_FILES = 500_000;

interface IgnoreScope {
  /** Relative directory the .gitignore lives in ('' for the root). */
  base: string;
  rules: Ignore;
}

export async function* walk(options: WalkOptions): AsyncGenerator<WalkedFile> {
  const root = path.resolve(options.root);
  const realRoot = await realpath(root);
  const excluded = picomatch([...(options.exclude ?? [])], { dot: true });
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  let yielded = 0;

  const stack: { dir: string; scopes: IgnoreScope[] }[] = [{ dir: '', scopes: [] }];
  while (stack.length > 0) {
    const { dir, scopes: parentScopes } = stack.pop()!;
    const absDir = path.join(root, dir);
    let entries;
    try {
      entries = await readdir(absDir, { withFileTypes: true });
    } catch (err) {
      options.onIssue(fsIssue('unreadable-directory', dir || '.', err));
      continue;
    }
    const scopes = options.gitignore === false ? parentScopes : await withGitignore(absDir, dir, parentScopes, options);
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory();
      if (isDir && ALWAYS_SKIPPED.has(entry.name)) continue;
      if (excluded(rel) || (isDir && excluded(`${rel}/`)) || isIgnored(scopes, rel, isDir)) continue;
      if (isDir) {
        stack.push({ dir: rel, scopes });
      } else if (entry.isSymbolicLink()) {
        await checkSymlink(path.join(root, rel), rel, realRoot, options.onIssue);
      } else if (entry.isFile()) {
        if (++yielded > maxFiles) {
          options.onIssue({ code: 'too-many-files', message: `stopped after ${maxFiles} files; narrow the scan with exclude in patchline.yaml`, path: rel });
          return;
        }
        yield { path: rel, absPath: path.join(root, rel) };
      } else {
        options.onIssue({ code: 'special-file', message: 'not a regular file (device, socket or FIFO); skipped', path: rel });
      }
    }
  }
}

async function checkSymlink(abs: string, rel: string, realRoot: string, onIssue: (i: ScanIssue) => void): Promise<void> {
  try {
    const target = await realpath(abs);
    if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
      onIssue({ code: 'symlink-outside-root', message: 'symbolic link points outside the scanned tree; not followed', path: rel });
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') onIssue({ code: 'symlink-loop', message: 'symbolic link loop; not followed', path: rel });
    else if (code !== 'ENOENT') onIssue(fsIssue('unreadable-file', rel, err));
    // A dangling link (ENOENT) points at nothing to scan.
  }
}

async function withGitignore(absDir: string, dir: string, scopes: IgnoreScope[], options: WalkOptions): Promise<IgnoreScope[]> {
  let text: string;
  try {
    const st = await lstat(path.join(absDir, '.gitignore'));
    if (!st.isFile() || st.size > 1024 * 1024) return scopes;
    text = await readFile(path.join(absDir, '.gitignore'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') options.onIssue(fsIssue('unreadable-file', dir ? `${dir}/.gitignore` : '.gitignore', err));
    return scopes;
  }
  return [...scopes, { base: dir, rules: ignore().add(text) }];
}

function isIgnored(scopes: IgnoreScope[], rel: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const local = scope.base ? rel.slice(scope.base.length + 1) : rel;
    if (scope.rules.ignores(isDir ? `${local}/` : local)) return true;
  }
  return false;
}

function fsIssue(code: string, rel: string, err: unknown): ScanIssue {
  const e = err as NodeJS.ErrnoException;
  const reason = e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : (e.code ?? 'unknown error');
  return { code, message: `cannot read: ${reason}; skipped`, path: rel };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KiB`;
  return `${n} B`;
}
