import { builtinModules } from 'node:module';
import path from 'node:path';
import picomatch from 'picomatch';
import { overlapping } from './apply.js';
import type { FileContext } from './context.js';
import { PYTHON_STDLIB } from './python-stdlib.js';
import type { LineEdit } from './response.js';

/** Files a fix may not touch unless `llm.allow.protectedFiles`: CI, workflows, lockfiles, manifests, tests. */
const PROTECTED = picomatch([
  '.github/**', '.gitlab-ci.yml', '.circleci/**', '.ci/**', 'Jenkinsfile', 'azure-pipelines.yml', '.travis.yml',
  '**/package-lock.json', '**/yarn.lock', '**/pnpm-lock.yaml', '**/poetry.lock', '**/Pipfile.lock', '**/uv.lock', '**/Cargo.lock', '**/go.sum',
  '**/requirements*.txt', '**/package.json', '**/pyproject.toml', '**/Pipfile', '**/setup.py', '**/setup.cfg',
  '**/test/**', '**/tests/**', '**/__tests__/**', '**/test_*.py', '**/*_test.py', '**/*.test.*', '**/*.spec.*', '**/conftest.py',
], { dot: true });

/** Calls and text a security fix never needs to add; an answer that adds one is rejected. */
const NEVER_ADDED: { label: string; pattern: RegExp }[] = [
  { label: 'eval/exec', pattern: /(?<![\w.])(?:eval|exec|execfile|compile)\s*\(/g },
  { label: 'dynamic import', pattern: /\b__import__\s*\(|\bimportlib\.import_module\s*\(/g },
  { label: 'a shell', pattern: /\bos\.(?:system|popen|exec\w*|spawn\w*)\s*\(|shell\s*=\s*True|\bchild_process\b|\bexecSync\s*\(|\bspawnSync\s*\(/g },
  { label: 'unsafe deserialization', pattern: /\b(?:pickle|cPickle|marshal|dill|shelve)\.loads?\s*\(|\byaml\.(?:unsafe_)?load\s*\((?![^)]*SafeLoader)/g },
  { label: 'a code constructor', pattern: /\bnew\s+Function\s*\(|\bvm\.run\w*\s*\(/g },
  { label: 'a network call', pattern: /\burlopen\s*\(|\b(?:requests|httpx|aiohttp|axios|urllib3)\.(?:get|post|put|patch|request|Session|AsyncClient|ClientSession)\b|(?<![\w.])fetch\s*\(/g },
  { label: 'raw sockets', pattern: /\bsocket\.socket\s*\(|\bnet\.connect\s*\(|\bdgram\b/g },
  { label: 'a download tool', pattern: /\b(?:curl|wget|nc|bash|powershell)\s+-?[\w/]/g },
  { label: 'encoded payloads', pattern: /\b(?:b64decode|atob|fromCharCode)\s*\(/g },
];
const URL_LITERAL = /\bhttps?:\/\/[^\s'"`)]+/g;

export interface GuardrailOptions {
  /** The files the finding names (its location and its trace). */
  allowedPaths: ReadonlySet<string>;
  allowNewDependencies: boolean;
  allowProtectedFiles: boolean;
}

/** Why these edits may not be applied to this file, or undefined when they may. */
export function checkEdits(edits: readonly LineEdit[], file: FileContext, options: GuardrailOptions): string | undefined {
  const lineCount = file.text.split('\n').length;
  for (const edit of edits) {
    const normalized = path.posix.normalize(edit.path);
    if (path.posix.isAbsolute(edit.path) || normalized.startsWith('..')) return `edit path ${edit.path} leaves the repository`;
    if (!options.allowedPaths.has(normalized)) return `edit of ${edit.path}, a file the finding does not name (only ${[...options.allowedPaths].join(', ')})`;
    if (normalized !== file.path) return `edit of ${edit.path}: only ${file.path} was shown and may be edited in this attempt`;
    if (!options.allowProtectedFiles && PROTECTED(normalized)) return `${edit.path} is a CI, lockfile, manifest or test file (set llm.allow.protectedFiles to allow)`;
    if (edit.endLine < edit.startLine - 1 || edit.startLine > lineCount + 1 || edit.endLine > lineCount) {
      return `lines ${edit.startLine}-${edit.endLine} do not exist in ${edit.path} (${lineCount} lines)`;
    }
    const inside = file.editable.some((r) => edit.startLine >= r.start && edit.endLine <= r.end && edit.startLine <= r.end + 1);
    if (!inside) return `lines ${edit.startLine}-${edit.endLine} are outside the editable ranges ${file.editable.map((r) => `${r.start}-${r.end}`).join(', ')}`;
  }
  if (overlapping(edits)) return 'two edits overlap';
  return undefined;
}

/** Checks the changed file as a whole: nothing dangerous added, no new third-party imports. */
export function checkResult(before: string, after: string, filePath: string, options: GuardrailOptions): string | undefined {
  for (const { label, pattern } of NEVER_ADDED) {
    if (count(after, pattern) > count(before, pattern)) return `the change adds ${label}, which a security fix never needs`;
  }
  // Counted, not looked up: the scanned file may plant the URL in a comment for the model to copy.
  const newUrl = (after.match(URL_LITERAL) ?? []).find((url) => occurrences(after, url) > occurrences(before, url));
  if (newUrl) return `the change adds a URL (${newUrl.slice(0, 80)}) that was not in the file`;
  if (!options.allowNewDependencies) {
    const known = new Set(importedModules(before, filePath));
    const added = importedModules(after, filePath).find((m) => !known.has(m) && !isStandardLibrary(m, filePath));
    if (added) return `the change imports ${added}, a dependency the file did not use (set llm.allow.newDependencies to allow)`;
  }
  return undefined;
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Top-level module names a file imports (relative imports are the project's own and are skipped). */
export function importedModules(text: string, filePath: string): string[] {
  const names: string[] = [];
  if (filePath.endsWith('.py')) {
    for (const m of text.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import\b/gm)) names.push(m[1]!.split('.')[0]!);
    for (const m of text.matchAll(/^[ \t]*import[ \t]+([\w. \t,]+)/gm)) {
      for (const part of m[1]!.split(',')) names.push(part.trim().split(/[.\s]/)[0]!);
    }
  } else {
    for (const m of text.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]|\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (spec.startsWith('.') || spec.startsWith('/')) continue;
      names.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return names.filter((n) => n.length > 0);
}

function isStandardLibrary(name: string, filePath: string): boolean {
  if (filePath.endsWith('.py')) return PYTHON_STDLIB.has(name);
  const bare = name.replace(/^node:/, '');
  return name.startsWith('node:') || builtinModules.includes(bare);
}
