import type { Package } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import { makePackage } from '../../shared/package.js';
import type { CatalogOutput, Cataloger } from '../../types.js';
import { parseError, type CatalogIssue } from '../shared/issues.js';
import { declaredDependencies, type Declared } from '../shared/pyproject-deps.js';
import { versionInfo } from '../shared/specifier.js';
import { parseTomlFile } from '../shared/toml.js';
import { DeclarationLines } from './lines.js';
import { poetryVersionInfo } from './poetry-constraint.js';

function extract(file: SourceFile): CatalogOutput {
  const parsed = parseTomlFile(file.path, file.text, 'pyproject.toml');
  if (parsed.issue) return { packages: [], issues: [parsed.issue] };
  const { declared, invalid } = declaredDependencies(parsed.data);
  const issues: CatalogIssue[] = invalid.map((i) =>
    parseError(file.path, `pyproject.toml: entry ${i.index} of ${short(i.where)} is not a valid requirement (${i.reason}); skipped`),
  );
  if (declared.length === 0) return { packages: [], issues };
  const lines = new DeclarationLines(file.text);
  const packages: Package[] = [];
  for (const d of declared) {
    if (d.local) continue; // URL, VCS or path: not from an index
    const pkg = declaredPackage(d, file.path, lines);
    if (pkg) packages.push(pkg);
    else issues.push(parseError(file.path, `pyproject.toml: the version constraint of ${short(d.name)} in ${short(d.table)} is not valid; skipped`));
  }
  return { packages, issues };
}

function declaredPackage(d: Declared, path: string, lines: DeclarationLines): Package | undefined {
  const info = d.requirement ? versionInfo(d.requirement.clauses, d.requirement.specifier) : poetryVersionInfo(d.poetryConstraint ?? '');
  if (!info) return undefined;
  const line = d.raw !== undefined ? lines.takeStringLine(d.table, d.raw) : lines.keyLine(d.table, d.name);
  return makePackage({ ecosystem: 'PyPI', name: d.name, ...info, path, line, direct: true, scope: d.scope });
}

/** Table and group names come from the file: keep them short in messages. */
function short(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export const pyprojectCataloger = {
  meta: {
    id: 'python/pyproject',
    version: '1.0.0',
    summary: 'pyproject.toml declared dependencies: PEP 621, PEP 735 groups, Poetry, PDM and uv dev groups',
  },
  ecosystem: 'PyPI',
  matches: (path: string) => path === 'pyproject.toml' || path.endsWith('/pyproject.toml'),
  extract,
} satisfies Cataloger;
