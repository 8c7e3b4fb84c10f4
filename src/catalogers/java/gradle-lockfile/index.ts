import { posix } from 'node:path';
import type { Package, ScanIssue } from '../../../core/model.js';
import { mergePackages } from '../../../core/packages.js';
import { makePackage } from '../../shared/package.js';
import type { Cataloger, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';

const ECOSYSTEM = 'Maven';
/** `group:artifact:version=configuration,…` (the per-configuration files of Gradle < 6.8 have no `=` part). */
const ENTRY = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)(?:=([^=\s]*))?$/;

/** Gradle 6.8+ writes one gradle.lockfile per project; earlier versions one file per configuration. */
export function isGradleLockfile(path: string): boolean {
  const base = posix.basename(path);
  if (base === 'gradle.lockfile' || base === 'buildscript-gradle.lockfile') return true;
  return base.endsWith('.lockfile') && posix.dirname(path).endsWith('gradle/dependency-locks');
}

/** Dependencies locked only for test configurations (`testCompileClasspath`, `testFixturesRuntimeClasspath`…). */
function scopeOf(configurations: string): string | undefined {
  const list = configurations.split(',').filter((c) => c !== '');
  return list.length > 0 && list.every((c) => c.startsWith('test')) ? 'test' : undefined;
}

export const gradleLockfileCataloger = {
  meta: { id: 'java/gradle-lockfile', version: '1.0.0', summary: 'Maven artifacts locked by Gradle dependency locking (gradle.lockfile and friends)' },
  ecosystem: ECOSYSTEM,
  matches: isGradleLockfile,
  extract(file: SourceFile): CatalogOutput {
    const packages: Package[] = [];
    const bad: number[] = [];
    const lines = file.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line === '' || line.startsWith('#') || line.startsWith('empty=')) continue;
      const m = ENTRY.exec(line);
      if (!m) {
        bad.push(i + 1);
        continue;
      }
      const [, group, artifact, version, configurations = ''] = m as unknown as [string, string, string, string, string?];
      packages.push(
        makePackage({ ecosystem: ECOSYSTEM, name: `${group}:${artifact}`, version, path: file.path, line: i + 1, scope: scopeOf(configurations) }),
      );
    }
    const issues: Omit<ScanIssue, 'scanner'>[] = [];
    if (bad.length > 0) {
      issues.push({
        code: 'parse-error',
        message: `${posix.basename(file.path)}: ${bad.length} line(s) are not \`group:artifact:version=configurations\` (first at line ${bad[0]}); skipped`,
        path: file.path,
      });
    }
    return { packages: mergePackages(packages), ...(issues.length > 0 && { issues }) };
  },
} satisfies Cataloger;
