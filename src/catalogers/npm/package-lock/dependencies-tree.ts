import type { FoundPackage } from '../shared/collector.js';
import { isRecord } from '../shared/issues.js';
import { keyPath } from '../shared/json-key-lines.js';
import { isValidName, parseNpmAlias, specProtocol } from '../shared/names.js';
import { scopeFromFlags } from './flags.js';

export interface DependenciesTreeInput {
  /** The top `dependencies` object of a v1 lockfile. */
  dependencies: Record<string, unknown>;
  rootDeclared: Set<string> | undefined;
  lines: Map<string, number>;
}

/** npm v1 trees nest a few dozen levels at most; deeper ones are hostile and cut here. */
export const MAX_DEPTH = 256;

export interface DependenciesTreeOutput {
  found: FoundPackage[];
  /** Whether some tree nested deeper than MAX_DEPTH (those entries were skipped). */
  tooDeep: boolean;
  /** Lines of entries whose value is not an object. */
  malformed: (number | undefined)[];
}

interface Level {
  deps: Record<string, unknown>;
  path: string[];
  depth: number;
}

/**
 * Lockfile v1: nested `dependencies` objects keyed by name. The version is an npm alias
 * (`npm:real@1.0.0`, reported under the real name), a registry version, or a `file:`/git/URL spec
 * whose version the lockfile does not record (reported with version ''). Walked with an explicit
 * stack and a depth limit, so hostile nesting can neither overflow the call stack nor cost quadratic time.
 */
export function readDependenciesTree(input: DependenciesTreeInput): DependenciesTreeOutput {
  const { rootDeclared, lines } = input;
  const found: FoundPackage[] = [];
  const malformed: (number | undefined)[] = [];
  let tooDeep = false;
  const stack: Level[] = [{ deps: input.dependencies, path: ['dependencies'], depth: 1 }];
  while (stack.length > 0) {
    const { deps, path, depth } = stack.pop() as Level;
    const top = depth === 1;
    for (const [key, entry] of Object.entries(deps)) {
      if (!isRecord(entry)) {
        malformed.push(lines.get(keyPath(path, key)));
        continue;
      }
      const raw = typeof entry.version === 'string' ? entry.version : '';
      const alias = parseNpmAlias(raw);
      const version = alias ? alias.spec : specProtocol(raw) !== undefined || raw.includes('/') ? '' : raw;
      const line = lines.get(keyPath(path, key));
      const scope = scopeFromFlags(entry);
      const direct = rootDeclared ? top && rootDeclared.has(key) : undefined;
      if (isValidName(alias?.name ?? key)) {
        found.push({
          name: alias?.name ?? key,
          version,
          ...(line !== undefined && { line }),
          ...(direct !== undefined && { direct }),
          ...(scope !== undefined && { scope }),
        });
      }
      if (!isRecord(entry.dependencies)) continue;
      if (depth >= MAX_DEPTH) tooDeep = true;
      else stack.push({ deps: entry.dependencies, path: [...path, key, 'dependencies'], depth: depth + 1 });
    }
  }
  return { found, malformed, tooDeep };
}
