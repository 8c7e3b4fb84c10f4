import Database from 'better-sqlite3';
import { errorMessage } from '../../../core/errors.js';
import type { Package } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import type { Cataloger, CatalogContext, CatalogOutput } from '../../types.js';
import { osPackage } from '../shared/os-package.js';
import type { OsInfo } from '../shared/os-release.js';
import { osOfRoot } from '../shared/root-os.js';
import { parseHeader, parseSourceRpm, type RpmHeader } from './header.js';

/** rpm ≥ 4.16 keeps its database in SQLite (RHEL 9, AlmaLinux/Rocky 9, Fedora, Azure Linux, Amazon Linux 2023). */
const DB_PATH = /(^|\/)(var\/lib\/rpm|usr\/lib\/sysimage\/rpm)\/rpmdb\.sqlite$/;
const DB_TAIL = /(var\/lib\/rpm|usr\/lib\/sysimage\/rpm)\/rpmdb\.sqlite$/;
const MAX_PACKAGES = 100_000;

function versionOf(h: Pick<RpmHeader, 'epoch' | 'version' | 'release'>): string {
  return `${h.epoch ? `${h.epoch}:` : ''}${h.version}-${h.release}`;
}

/** Reads the header blobs of an rpmdb.sqlite held in memory, read-only; a database that will not open is an issue. */
export function rpmSqlitePackages(bytes: Buffer, path: string, os: OsInfo | undefined): CatalogOutput {
  let db: Database.Database;
  try {
    db = new Database(withoutWal(bytes), { readonly: true });
  } catch (err) {
    return { packages: [], issues: [{ code: 'parse-error', message: `not a readable rpm SQLite database (${errorMessage(err)})`, path }] };
  }
  const packages: Package[] = [];
  let bad = 0;
  try {
    for (const row of db.prepare('SELECT blob FROM Packages LIMIT ?').iterate(MAX_PACKAGES) as Iterable<{ blob: Buffer }>) {
      const h = row.blob instanceof Uint8Array ? parseHeader(row.blob) : undefined;
      if (!h) {
        bad++;
        continue;
      }
      if (h.name === 'gpg-pubkey') continue; // imported signing keys, not software
      const src = h.sourceRpm ? parseSourceRpm(h.sourceRpm) : undefined;
      packages.push(osPackage({
        type: 'rpm', name: h.name, version: versionOf(h), path,
        ...(h.arch && { arch: h.arch }),
        ...(src && { source: { name: src.name, version: versionOf({ ...src, ...(h.epoch !== undefined && { epoch: h.epoch }) }) } }),
      }, os));
    }
  } catch (err) {
    return { packages, issues: [{ code: 'parse-error', message: `the rpm database could not be read to its end (${errorMessage(err)})`, path }] };
  } finally {
    db.close();
  }
  return { packages, issues: bad > 0 ? [{ code: 'parse-error', message: `${bad} package headers could not be parsed; skipped`, path }] : [] };
}

/**
 * rpm writes its SQLite database in WAL mode, which a database opened from memory cannot use: a copy
 * with the header's read/write versions (bytes 18 and 19) set back to the rollback journal opens.
 */
function withoutWal(bytes: Buffer): Buffer {
  if (bytes.length < 100 || bytes[18] !== 2) return bytes;
  const copy = Buffer.from(bytes);
  copy[18] = 1;
  copy[19] = 1;
  return copy;
}

/** RHEL, AlmaLinux, Rocky, CentOS Stream, Fedora, Amazon Linux, Azure Linux: packages from rpm's SQLite database. */
export const rpmCataloger = {
  meta: { id: 'os/rpm', version: '1.0.0', summary: 'RPM packages from rpmdb.sqlite (header blobs parsed read-only), with source RPMs' },
  ecosystem: 'Red Hat',
  binary: true,
  matches: (path: string) => DB_PATH.test(path),
  extract: async (file: SourceFile, ctx: CatalogContext) => rpmSqlitePackages(file.bytes ?? Buffer.alloc(0), file.path, await osOfRoot(ctx, file.path, DB_TAIL)),
} satisfies Cataloger;
