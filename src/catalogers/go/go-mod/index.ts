import { posix } from 'node:path';
import type { Package, ScanIssue } from '../../../core/model.js';
import { mergePackages } from '../../../core/packages.js';
import { makePackage } from '../../shared/package.js';
import type { CatalogContext, Cataloger, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';
import { parseGoSum } from './go-sum.js';
import { isLocalPath, parseGoMod, type GoModFile, type GoReplace, type GoRequire } from './parse.js';

const ECOSYSTEM = 'Go';

/** OSV writes Go versions without the `v` prefix (`1.2.3`, `0.0.0-2021…`, `2.0.0+incompatible`). */
export function goVersion(version: string): string {
  return version.startsWith('v') ? version.slice(1) : version;
}

/** Go release names as OSV writes them for stdlib: `1.21rc1` → `1.21.0-rc.1`; others as written (`1.17`, `1.22.5`). */
export function goRelease(name: string): string {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(rc|beta|alpha)(\d+)$/.exec(name);
  return m ? `${m[1]}.${m[2]}.${m[3] ?? 0}-${m[4]}.${m[5]}` : name;
}

/** The toolchain's Go version (`go1.23.6-xyz` → `1.23.6`), or the `go` directive's. */
export function stdlibVersion(mod: GoModFile): { version: string; line: number } | undefined {
  const toolchain = mod.toolchain && /^go(\d+(?:\.\d+)*(?:(?:rc|beta|alpha)\d+)?)/.exec(mod.toolchain.name);
  if (toolchain && mod.toolchain) return { version: goRelease(toolchain[1]!), line: mod.toolchain.line };
  return mod.go && { version: goRelease(mod.go.version), line: mod.go.line };
}

/** Before Go 1.17, go.mod omits most indirect requirements; go.sum lists the modules actually built. */
function needsGoSum(mod: GoModFile): boolean {
  if (!mod.go) return true;
  const [major = 0, minor = 0] = mod.go.version.split('.').map((p) => Number.parseInt(p, 10));
  return major < 1 || (major === 1 && minor < 17);
}

function replacementFor(req: GoRequire, replaces: readonly GoReplace[]): GoReplace | undefined {
  return (
    replaces.find((r) => r.oldPath === req.path && r.oldVersion === req.version) ??
    replaces.find((r) => r.oldPath === req.path && r.oldVersion === undefined)
  );
}

function requiredPackages(mod: GoModFile, path: string): Package[] {
  const packages: Package[] = [];
  for (const req of mod.requires) {
    const rep = replacementFor(req, mod.replaces);
    if (rep && (rep.newVersion === undefined || isLocalPath(rep.newPath))) continue; // a local directory: nothing to look up
    const [name, version, line] = rep ? [rep.newPath, rep.newVersion!, rep.line] : [req.path, req.version, req.line];
    packages.push(makePackage({ ecosystem: ECOSYSTEM, name, version: goVersion(version), path, line, direct: !req.indirect }));
  }
  return packages;
}

function sumPathFor(path: string): string {
  return path.endsWith('.mod') ? `${path.slice(0, -4)}.sum` : posix.join(posix.dirname(path), 'go.sum');
}

async function goSumPackages(
  mod: GoModFile,
  path: string,
  known: ReadonlySet<string>,
  ctx: CatalogContext,
): Promise<{ packages: Package[]; issues: Omit<ScanIssue, 'scanner'>[] }> {
  const sumPath = sumPathFor(path);
  const text = await ctx.readFile(sumPath);
  if (text === undefined) return { packages: [], issues: [] };
  const sum = parseGoSum(text);
  const issues: Omit<ScanIssue, 'scanner'>[] = [];
  if (sum.malformed > 0) {
    issues.push({
      code: 'parse-error',
      message: `go.sum: ${sum.malformed} line(s) are not \`module version hash\` (first at line ${sum.firstMalformedLine}); skipped`,
      path: sumPath,
    });
  }
  const excluded = new Set(mod.replaces.map((r) => r.oldPath));
  const packages = [...sum.modules.values()]
    .filter((e) => !known.has(e.path) && !excluded.has(e.path))
    .map((e) =>
      makePackage({ ecosystem: ECOSYSTEM, name: e.path, version: goVersion(e.version), path: sumPath, line: e.line, direct: false }),
    );
  return { packages, issues };
}

export const goModCataloger = {
  meta: {
    id: 'go/go-mod',
    version: '1.0.0',
    summary: 'Go modules from go.mod: require (direct and // indirect), replace applied, stdlib from go/toolchain; go.sum before Go 1.17',
  },
  ecosystem: ECOSYSTEM,
  matches: (path: string): boolean => posix.basename(path) === 'go.mod',
  async extract(file: SourceFile, ctx: CatalogContext): Promise<CatalogOutput> {
    const mod = parseGoMod(file.text);
    const issues: Omit<ScanIssue, 'scanner'>[] = [];
    if (mod.errors.length > 0) {
      const more = mod.errorCount > 1 ? ` (and ${mod.errorCount - 1} more problem(s))` : '';
      issues.push({ code: 'parse-error', message: `go.mod is not valid: ${mod.errors[0]}${more}`, path: file.path });
    }
    const packages = requiredPackages(mod, file.path);
    const stdlib = stdlibVersion(mod);
    if (stdlib) {
      packages.push(makePackage({ ecosystem: ECOSYSTEM, name: 'stdlib', version: stdlib.version, path: file.path, line: stdlib.line, direct: true }));
    }
    if (needsGoSum(mod) && mod.errors.length === 0) {
      const known = new Set([...mod.requires.map((r) => r.path), ...packages.map((p) => p.name)]);
      const fromSum = await goSumPackages(mod, file.path, known, ctx);
      packages.push(...fromSum.packages);
      issues.push(...fromSum.issues);
    }
    return { packages: mergePackages(packages), ...(issues.length > 0 && { issues }) };
  },
} satisfies Cataloger;
