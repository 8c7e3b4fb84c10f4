import { posix } from 'node:path';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Package, ScanIssue } from '../../../core/model.js';
import { mergePackages } from '../../../core/packages.js';
import { lineIndex } from '../../../core/line-index.js';
import { makePackage } from '../../shared/package.js';
import type { CatalogContext, Cataloger, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';

const ECOSYSTEM = 'Packagist';
const SECTIONS = [
  ['packages', undefined],
  ['packages-dev', 'dev'],
] as const;

interface Issue extends Omit<ScanIssue, 'scanner'> {}

function property(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  const prop = node.children?.find((p) => p.children?.[0]?.value === key);
  return prop?.children?.[1];
}

function parseLock(text: string, path: string): { root?: Node; issue?: Issue } {
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    return { issue: { code: 'parse-error', message: 'composer.lock is nested too deeply to read', path } };
  }
  if (errors.length > 0) {
    const at = errors[0]!.offset;
    const column = at - text.lastIndexOf('\n', at - 1);
    return { issue: { code: 'parse-error', message: `composer.lock is not valid JSON (line ${lineIndex(text)(at)}, column ${column})`, path } };
  }
  if (root?.type !== 'object') return { issue: { code: 'parse-error', message: 'composer.lock: the top level is not a JSON object', path } };
  return { root };
}

/** Names composer.json requires, lower-cased; undefined when there is no readable composer.json beside the lock. */
async function requiredNames(lockPath: string, ctx: CatalogContext): Promise<Set<string> | undefined> {
  const text = await ctx.readFile(posix.join(posix.dirname(lockPath), 'composer.json'));
  if (text === undefined) return undefined;
  try {
    const manifest: unknown = JSON.parse(text);
    if (typeof manifest !== 'object' || manifest === null) return undefined;
    const m = manifest as Record<string, unknown>;
    const names = [m['require'], m['require-dev']].flatMap((r) => (typeof r === 'object' && r !== null ? Object.keys(r) : []));
    return new Set(names.map((n) => n.toLowerCase()));
  } catch {
    return undefined;
  }
}

export const composerLockCataloger = {
  meta: { id: 'php/composer-lock', version: '1.0.0', summary: 'PHP packages from composer.lock (packages, and packages-dev as scope dev)' },
  ecosystem: ECOSYSTEM,
  matches: (path: string): boolean => posix.basename(path) === 'composer.lock',
  async extract(file: SourceFile, ctx: CatalogContext): Promise<CatalogOutput> {
    const { root, issue } = parseLock(file.text, file.path);
    if (!root) return { packages: [], issues: [issue!] };
    const issues: Issue[] = [];
    const direct = await requiredNames(file.path, ctx);
    const packages: Package[] = [];
    const lineAt = lineIndex(file.text);
    for (const [section, scope] of SECTIONS) {
      const list = property(root, section);
      if (list === undefined || list.type === 'null') continue;
      if (list.type !== 'array') {
        issues.push({ code: 'parse-error', message: `composer.lock: "${section}" is not an array`, path: file.path });
        continue;
      }
      for (const entry of list.children ?? []) {
        const name = property(entry, 'name');
        const version = property(entry, 'version');
        const line = lineAt((name ?? entry).offset);
        if (typeof name?.value !== 'string' || typeof version?.value !== 'string' || name.value === '') {
          issues.push({ code: 'parse-error', message: `composer.lock: "${section}" entry at line ${line} has no name or version; skipped`, path: file.path });
          continue;
        }
        packages.push(
          makePackage({
            ecosystem: ECOSYSTEM,
            name: name.value,
            version: version.value,
            path: file.path,
            line,
            scope,
            direct: direct?.has(name.value.toLowerCase()),
          }),
        );
      }
    }
    return { packages: mergePackages(packages), ...(issues.length > 0 && { issues }) };
  },
} satisfies Cataloger;
