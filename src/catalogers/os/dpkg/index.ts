import type { Package, ScanIssue } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import type { Cataloger, CatalogContext, CatalogOutput } from '../../types.js';
import { osPackage } from '../shared/os-package.js';
import type { OsInfo } from '../shared/os-release.js';
import { osOfRoot } from '../shared/root-os.js';

/** dpkg's database, and distroless's one-file-per-package status.d (its .md5sums files are not entries). */
const DB_PATH = /(^|\/)var\/lib\/dpkg\/(status|status\.d\/[^/]+)$/;
const DB_TAIL = /var\/lib\/dpkg\/(status|status\.d\/[^/]+)$/;
const SOURCE = /^(\S+)(?:\s+\((\S+)\))?$/;

/** RFC 822-style stanzas, blank-line separated; continuation lines (leading space) belong to the field above. */
export function parseStanzas(text: string): { fields: Map<string, string>; line: number }[] {
  const out: { fields: Map<string, string>; line: number }[] = [];
  let current: { fields: Map<string, string>; line: number } | undefined;
  let last: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (/^[ \t]/.test(line)) return; // continuation: descriptions, conffiles — nothing the cataloger needs
    const colon = line.indexOf(':');
    if (colon <= 0) return;
    if (!current) out.push((current = { fields: new Map(), line: i + 1 }));
    last = line.slice(0, colon).trim().toLowerCase();
    if (!current.fields.has(last)) current.fields.set(last, line.slice(colon + 1).trim());
  });
  return out;
}

/** Installed means the status's third word says so; status.d entries (distroless) have no Status and are installed. */
function installed(status: string | undefined, statusD: boolean): boolean {
  return status === undefined ? statusD : status.split(/\s+/)[2] === 'installed';
}

export function dpkgPackages(text: string, path: string, os: OsInfo | undefined): CatalogOutput {
  const packages: Package[] = [];
  const issues: Omit<ScanIssue, 'scanner'>[] = [];
  let incomplete = 0;
  for (const { fields } of parseStanzas(text)) {
    const name = fields.get('package');
    const version = fields.get('version');
    if (!name || !version) {
      incomplete++;
      continue;
    }
    if (!installed(fields.get('status'), path.includes('status.d/'))) continue;
    const source = SOURCE.exec(fields.get('source') ?? '');
    const arch = fields.get('architecture');
    packages.push(osPackage({
      type: 'deb', name, version, path,
      ...(arch && { arch }),
      source: source ? { name: source[1]!, version: source[2] ?? version } : { name, version },
    }, os));
  }
  if (incomplete > 0) issues.push({ code: 'parse-error', message: `${incomplete} entries have no Package or Version field; skipped`, path });
  return { packages, issues };
}

/** Debian, Ubuntu and distroless: installed packages from dpkg's status database, with their source packages. */
export const dpkgCataloger = {
  meta: { id: 'os/dpkg', version: '1.0.0', summary: 'Debian/Ubuntu packages from var/lib/dpkg/status and status.d, with source packages' },
  ecosystem: 'Debian',
  matches: (path: string) => DB_PATH.test(path) && !path.endsWith('.md5sums'),
  extract: async (file: SourceFile, ctx: CatalogContext) => dpkgPackages(file.text, file.path, await osOfRoot(ctx, file.path, DB_TAIL)),
} satisfies Cataloger;
