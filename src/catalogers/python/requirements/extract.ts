import path from 'node:path';
import type { Package } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import { makePackage } from '../../shared/package.js';
import type { CatalogContext, CatalogOutput } from '../../types.js';
import { parseError, type CatalogIssue } from '../shared/issues.js';
import { parseRequirement } from '../shared/pep508.js';
import { versionInfo } from '../shared/specifier.js';
import { classifyLine, isRemote } from './classify.js';
import { logicalLines } from './lines.js';

/** How deep `-r`/`-c` includes are followed, and how many files one walk reads at most. */
export const MAX_INCLUDE_DEPTH = 8;
export const MAX_INCLUDED_FILES = 100;
/** A logical line longer than this is not a requirement (and is not worth parsing). */
const MAX_LINE_LENGTH = 100_000;
/** Line-level problems reported per file before they are summed up in one issue. */
const MAX_LINE_ISSUES = 5;

interface Walk {
  ctx: CatalogContext;
  packages: Package[];
  issues: CatalogIssue[];
  /** Files already read in this walk: a cycle or a repeated include is read once. */
  seen: Set<string>;
}

export async function extractRequirements(file: SourceFile, ctx: CatalogContext): Promise<CatalogOutput> {
  const walk: Walk = { ctx, packages: [], issues: [], seen: new Set([path.posix.normalize(file.path)]) };
  await visit(walk, file.path, file.text, 0);
  return { packages: walk.packages, issues: walk.issues };
}

async function visit(walk: Walk, filePath: string, text: string, depth: number): Promise<void> {
  let lineProblems = 0;
  const problem = (message: string): void => {
    if (++lineProblems <= MAX_LINE_ISSUES) walk.issues.push(parseError(filePath, message));
  };
  for (const { line, text: content } of logicalLines(text)) {
    if (content.length > MAX_LINE_LENGTH) {
      problem(`line ${line}: longer than ${MAX_LINE_LENGTH} characters, not a requirement; skipped`);
      continue;
    }
    const entry = classifyLine(content);
    if (entry.kind === 'skip') continue;
    if (entry.kind === 'include-missing-target') {
      problem(`line ${line}: -r/-c option without a file name; skipped`);
    } else if (entry.kind === 'include') {
      await include(walk, filePath, line, entry.target, depth);
    } else {
      const pkg = requirementPackage(entry.text, filePath, line, problem);
      if (pkg) walk.packages.push(pkg);
    }
  }
  if (lineProblems > MAX_LINE_ISSUES) {
    walk.issues.push(parseError(filePath, `${lineProblems - MAX_LINE_ISSUES} more lines are not valid requirements; skipped`));
  }
}

function requirementPackage(text: string, filePath: string, line: number, problem: (m: string) => void): Package | undefined {
  const parsed = parseRequirement(text, { allowEnvVars: true });
  if (!parsed.ok) {
    const why = text.includes('${') ? 'its name comes from an environment variable' : parsed.reason;
    problem(`line ${line}: not a valid requirement (${why}); skipped`);
    return undefined;
  }
  const r = parsed.requirement;
  if (r.url !== undefined) return undefined; // `name @ url`: not from an index
  const info = versionInfo(r.clauses, r.specifier);
  return makePackage({ ecosystem: 'PyPI', name: r.name, ...info, path: filePath, line, direct: true });
}

async function include(walk: Walk, from: string, line: number, target: string, depth: number): Promise<void> {
  const skipped = (why: string): void => {
    walk.issues.push({ code: 'include-skipped', message: `line ${line}: included file ${why}; its requirements are not listed`, path: from });
  };
  if (isRemote(target)) return skipped('is a URL and is not fetched');
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(from), target.replace(/\\/g, '/')));
  if (walk.seen.has(resolved)) return; // already read: a cycle, or the same file included twice
  if (depth + 1 > MAX_INCLUDE_DEPTH) return skipped(`is nested more than ${MAX_INCLUDE_DEPTH} includes deep`);
  if (walk.seen.size >= MAX_INCLUDED_FILES) return skipped(`is over the limit of ${MAX_INCLUDED_FILES} files per walk`);
  walk.seen.add(resolved);
  const text = target.startsWith('/') ? undefined : await walk.ctx.readFile(resolved);
  if (text === undefined) return skipped('could not be read (missing, outside the scan root, a link, binary or too large)');
  await visit(walk, resolved, text, depth + 1);
}
