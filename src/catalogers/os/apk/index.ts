import type { Package, ScanIssue } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import type { Cataloger, CatalogContext, CatalogOutput } from '../../types.js';
import { osPackage } from '../shared/os-package.js';
import type { OsInfo } from '../shared/os-release.js';
import { osOfRoot } from '../shared/root-os.js';

/** apk's database of installed packages (apk v2 and the v3 location). */
const DB_TAIL = /(?:usr\/)?lib\/apk\/db\/installed$/;
const DB_PATH = /(^|\/)(usr\/)?lib\/apk\/db\/installed$/;
const FIELD = /^([A-Za-z]):(.*)$/;

export interface ApkRecord {
  fields: Map<string, string>;
  line: number;
}

/** Splits the database into records (blank-line separated `X:value` lines); other lines are counted as bad. */
export function parseApkDb(text: string): { records: ApkRecord[]; badLines: number[] } {
  const records: ApkRecord[] = [];
  const badLines: number[] = [];
  let current: ApkRecord | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    const m = FIELD.exec(line);
    if (!m) return void badLines.push(i + 1);
    if (!current) records.push((current = { fields: new Map(), line: i + 1 }));
    // The first value of a key wins: F:/R: repeat per file, the package's own fields come first.
    if (!current.fields.has(m[1]!)) current.fields.set(m[1]!, m[2]!.trim());
  });
  return { records, badLines };
}

export function apkPackages(text: string, path: string, os: OsInfo | undefined): CatalogOutput {
  const { records, badLines } = parseApkDb(text);
  const packages: Package[] = [];
  const issues: Omit<ScanIssue, 'scanner'>[] = [];
  for (const record of records) {
    const name = record.fields.get('P');
    const version = record.fields.get('V');
    if (!name || !version) continue;
    const origin = record.fields.get('o');
    const arch = record.fields.get('A');
    packages.push(osPackage({ type: 'apk', name, version, path, ...(arch && { arch }), ...(origin && { source: { name: origin, version } }) }, os));
  }
  if (badLines.length > 0) {
    issues.push({ code: 'parse-error', message: `${badLines.length} lines are not apk database fields (first: line ${badLines[0]}); the packages around them were still read`, path });
  }
  return { packages, issues };
}

/** Alpine, Wolfi and Chainguard: packages from apk's installed database, each with its origin (source) package. */
export const apkCataloger = {
  meta: { id: 'os/apk', version: '1.0.0', summary: 'Alpine/Wolfi packages from lib/apk/db/installed, with origin (source) packages' },
  ecosystem: 'Alpine',
  matches: (path: string) => DB_PATH.test(path),
  extract: async (file: SourceFile, ctx: CatalogContext) => apkPackages(file.text, file.path, await osOfRoot(ctx, file.path, DB_TAIL)),
} satisfies Cataloger;
