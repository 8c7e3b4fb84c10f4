import type { FoundPackage } from '../shared/collector.js';
import { isRecord } from '../shared/issues.js';
import { keyPath } from '../shared/json-key-lines.js';
import { nameFromPath } from '../shared/names.js';
import { scopeFromFlags } from './flags.js';

const NM = 'node_modules/';

export interface PackagesMapInput {
  /** The `packages` object of a v2/v3 lockfile (or a v2 npm-shrinkwrap.json). */
  packages: Record<string, unknown>;
  /** Names the root package declares; undefined when nothing says. */
  rootDeclared: Set<string> | undefined;
  lines: Map<string, number>;
}

export interface PackagesMapOutput {
  found: FoundPackage[];
  /** Lines of entries whose value is not an object. */
  malformed: (number | undefined)[];
}

/**
 * Lockfile v2/v3: one entry per install path. `node_modules/a/node_modules/b` is b; a link entry
 * stands for its target (a workspace or a `file:` folder), which is listed under its own path and
 * reported once, under the link's name; the root entry "" is the project itself.
 */
export function readPackagesMap(input: PackagesMapInput): PackagesMapOutput {
  const { packages, rootDeclared, lines } = input;
  const malformed: (number | undefined)[] = [];
  const linkName = new Map<string, string>();
  const topLevelTargets = new Set<string>();
  for (const [key, entry] of Object.entries(packages)) {
    if (!isRecord(entry) || entry.link !== true || typeof entry.resolved !== 'string') continue;
    const name = nameFromPath(key);
    linkName.set(entry.resolved, name);
    if (isTopLevel(key)) topLevelTargets.add(entry.resolved);
  }
  const found: FoundPackage[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    if (key === '') continue;
    if (!isRecord(entry)) {
      malformed.push(lines.get(keyPath(['packages'], key)));
      continue;
    }
    if (entry.link === true) continue;
    const nm = key.lastIndexOf(NM);
    const local = nm < 0;
    const installName = local ? (linkName.get(key) ?? nameFromPath(key)) : key.slice(nm + NM.length);
    const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : installName;
    const direct = directness(key, installName, local, rootDeclared, topLevelTargets);
    const line = lines.get(keyPath(['packages'], key));
    const scope = scopeFromFlags(entry);
    found.push({
      name,
      version: typeof entry.version === 'string' ? entry.version : '',
      ...(line !== undefined && { line }),
      ...(direct !== undefined && { direct }),
      ...(scope !== undefined && { scope }),
    });
  }
  return { found, malformed };
}

/** `node_modules/x` or `node_modules/@s/x`, not nested under another package. */
function isTopLevel(key: string): boolean {
  return key.startsWith(NM) && key.indexOf(`/${NM}`, NM.length) < 0;
}

/**
 * Direct: a top-level install of a name the root declares, or a local folder (workspace, `file:`
 * dependency) linked from the top-level node_modules. Unknown when nothing says what the root declares.
 */
function directness(key: string, installName: string, local: boolean, rootDeclared: Set<string> | undefined, linkedFromTop: Set<string>): boolean | undefined {
  if (local && linkedFromTop.has(key)) return true;
  if (!rootDeclared) return undefined;
  return !local && isTopLevel(key) && rootDeclared.has(installName);
}
