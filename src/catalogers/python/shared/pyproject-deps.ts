import { normalizeName } from '../../shared/package.js';
import { entries, isTable, str, tables, type Table } from './guards.js';
import { parseRequirement, type Requirement } from './pep508.js';

/** One dependency a pyproject.toml declares, in any of the dialects it may use. */
export interface Declared {
  name: string;
  /** Dependency group or extra as the file names it; undefined for the main dependencies. */
  scope?: string;
  /** The TOML table it sits in (`project`, `tool.poetry.group.dev.dependencies`), for lines and messages. */
  table: string;
  /** PEP 508 entries keep their parsed requirement; Poetry entries their constraint ('' when none). */
  requirement?: Requirement;
  poetryConstraint?: string;
  /** The requirement string as written (PEP 508) — used to find its line. */
  raw?: string;
  /** Not from a package index (URL, VCS, local path): direct, but never reported as a package. */
  local?: boolean;
}

export interface InvalidEntry {
  /** e.g. `project.dependencies` */
  where: string;
  /** 1-based position in its list. */
  index: number;
  reason: string;
}

export interface DeclaredDependencies {
  declared: Declared[];
  invalid: InvalidEntry[];
}

/**
 * Collects PEP 621 `[project]` dependencies and optional-dependencies, PEP 735 `[dependency-groups]`,
 * Poetry `[tool.poetry.*dependencies]` (without `python`), PDM and uv dev-dependencies.
 */
export function declaredDependencies(data: Table): DeclaredDependencies {
  const out: DeclaredDependencies = { declared: [], invalid: [] };
  const project = isTable(data.project) ? data.project : {};
  const tool = isTable(data.tool) ? data.tool : {};
  const poetry = isTable(tool.poetry) ? tool.poetry : {};
  const self = normalizeName('PyPI', str(project.name) ?? str(poetry.name) ?? '');

  pep508List(out, project.dependencies, 'project', 'project.dependencies', undefined);
  for (const [extra, list] of entries(project['optional-dependencies'])) {
    pep508List(out, list, 'project.optional-dependencies', `project.optional-dependencies.${extra}`, extra);
  }
  for (const [group, list] of entries(data['dependency-groups'])) {
    pep508List(out, list, 'dependency-groups', `dependency-groups.${group}`, group);
  }
  poetryTable(out, poetry.dependencies, 'tool.poetry.dependencies', undefined);
  poetryTable(out, poetry['dev-dependencies'], 'tool.poetry.dev-dependencies', 'dev');
  for (const [group, body] of entries(poetry.group)) {
    if (isTable(body)) poetryTable(out, body.dependencies, `tool.poetry.group.${group}.dependencies`, group);
  }
  const pdm = isTable(tool.pdm) ? tool.pdm : {};
  for (const [group, list] of entries(pdm['dev-dependencies'])) {
    pep508List(out, list, 'tool.pdm.dev-dependencies', `tool.pdm.dev-dependencies.${group}`, group);
  }
  const uv = isTable(tool.uv) ? tool.uv : {};
  pep508List(out, uv['dev-dependencies'], 'tool.uv', 'tool.uv.dev-dependencies', 'dev');

  // An extra that pulls in the project's own other extras (`myproject[test]`) is not a dependency.
  out.declared = out.declared.filter((d) => !self || normalizeName('PyPI', d.name) !== self);
  return out;
}

/** Normalized names of everything the file declares directly; undefined when it declares nothing. */
export function declaredNames(data: Table): Set<string> | undefined {
  const { declared } = declaredDependencies(data);
  if (declared.length === 0) return undefined;
  return new Set(declared.map((d) => normalizeName('PyPI', d.name)));
}

function pep508List(out: DeclaredDependencies, list: unknown, table: string, where: string, scope: string | undefined): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    if (typeof item !== 'string') return; // PEP 735 `{ include-group = … }` and other tables
    const parsed = parseRequirement(item);
    if (!parsed.ok) {
      out.invalid.push({ where, index: i + 1, reason: parsed.reason });
      return;
    }
    const r = parsed.requirement;
    out.declared.push({ name: r.name, scope, table, requirement: r, raw: item, ...(r.url !== undefined && { local: true }) });
  });
}

const LOCAL_KEYS = ['git', 'path', 'url', 'file'];

const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

function poetryTable(out: DeclaredDependencies, deps: unknown, table: string, scope: string | undefined): void {
  for (const [index, [name, value]] of entries(deps).entries()) {
    if (table === 'tool.poetry.dependencies' && name.toLowerCase() === 'python') continue;
    if (!NAME_RE.test(name)) {
      out.invalid.push({ where: table, index: index + 1, reason: 'invalid package name' });
      continue;
    }
    const specs = Array.isArray(value) ? tables(value) : [value];
    for (const spec of specs) {
      if (typeof spec === 'string') {
        out.declared.push({ name, scope, table, poetryConstraint: spec });
      } else if (isTable(spec)) {
        const local = LOCAL_KEYS.some((k) => k in spec);
        const optional = spec.optional === true && scope === undefined ? 'optional' : scope;
        out.declared.push({ name, scope: optional, table, poetryConstraint: str(spec.version) ?? '', ...(local && { local }) });
      }
    }
  }
}
