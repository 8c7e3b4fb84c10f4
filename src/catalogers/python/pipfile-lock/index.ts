import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Package } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import type { CatalogContext, CatalogOutput, Cataloger } from '../../types.js';
import { entries, isTable, str } from '../shared/guards.js';
import { parseError } from '../shared/issues.js';
import { directFrom, lockedPackage } from '../shared/locked.js';
import { lineIndex } from '../../../core/line-index.js';
import { readSiblingToml } from '../shared/sibling.js';
import { normalizeName } from '../../shared/package.js';

/** Pipfile.lock sections and the scope their packages get. */
const SECTIONS: [string, string | undefined][] = [
  ['default', undefined],
  ['develop', 'dev'],
];

async function extract(file: SourceFile, ctx: CatalogContext): Promise<CatalogOutput> {
  if (!file.text.trim()) return { packages: [] };
  const lineOf = lineIndex(file.text);
  const root = parseJson(file.text, lineOf);
  if (typeof root === 'string') {
    return { packages: [], issues: [parseError(file.path, `Pipfile.lock is not valid JSON (${root}); skipped`)] };
  }
  const direct = await pipfileNames(ctx, file.path);
  const packages: Package[] = [];
  const seen = new Set<string>();
  for (const [section, scope] of SECTIONS) {
    const node = findNodeAtLocation(root, [section]);
    if (node?.type !== 'object') continue;
    for (const prop of node.children ?? []) {
      const pkg = entryPackage(prop, file.path, scope, lineOf, direct);
      // A package in both sections is one runtime dependency, reported once.
      const key = pkg && `${pkg.name}@${pkg.version}`;
      if (!pkg || seen.has(key!)) continue;
      seen.add(key!);
      packages.push(pkg);
    }
  }
  return { packages };
}

/** The root object, or where and why the text is not one (never quoting it). */
function parseJson(text: string, lineOf: (offset: number) => number): Node | string {
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    return 'nested too deeply';
  }
  const first = errors[0];
  if (first) return `${printParseErrorCode(first.error)} at line ${lineOf(first.offset)}`;
  return root?.type === 'object' ? root : 'not a JSON object';
}

function entryPackage(
  prop: Node,
  path: string,
  scope: string | undefined,
  lineOf: (offset: number) => number,
  direct: Set<string> | undefined,
): Package | undefined {
  const [keyNode, valueNode] = prop.children ?? [];
  const name = str(keyNode?.value);
  const versionNode = valueNode?.type === 'object' ? findNodeAtLocation(valueNode, ['version']) : undefined;
  const pinned = str(versionNode?.value);
  // Entries without a version are VCS, editable or local path installs: not from an index.
  if (!name || !pinned) return undefined;
  const version = pinned.replace(/^={2,3}/, '').trim();
  if (!version) return undefined;
  return lockedPackage({ name, version, path, line: lineOf(keyNode!.offset), scope, direct: directFrom(direct, name) });
}

/** Names the Pipfile beside the lock declares ([packages], [dev-packages]); undefined if unknown. */
async function pipfileNames(ctx: CatalogContext, lockPath: string): Promise<Set<string> | undefined> {
  const pipfile = await readSiblingToml(ctx, lockPath, 'Pipfile');
  if (!pipfile) return undefined;
  const names = [...entries(pipfile.packages), ...entries(pipfile['dev-packages'])].map(([n]) => normalizeName('PyPI', n));
  return isTable(pipfile.packages) || isTable(pipfile['dev-packages']) ? new Set(names) : undefined;
}

export const pipfileLockCataloger = {
  meta: { id: 'python/pipfile-lock', version: '1.0.0', summary: 'Pipenv Pipfile.lock (default and develop packages)' },
  ecosystem: 'PyPI',
  matches: (path: string) => path === 'Pipfile.lock' || path.endsWith('/Pipfile.lock'),
  extract,
} satisfies Cataloger;
