import type { SourceFile } from '../../../scanners/types.js';
import { makePackage } from '../../shared/package.js';
import type { Cataloger, CatalogOutput } from '../../types.js';

/** Installed distributions: wheel `*.dist-info/METADATA`, setuptools `*.egg-info/PKG-INFO` (not a project's own sdist metadata). */
const INSTALLED = /(^|\/)(site|dist)-packages\/[^/]+\.(dist-info\/METADATA|egg-info\/PKG-INFO)$/;

/** Name and Version from the RFC 822 header block of core metadata (the body after the blank line is the description). */
export function parseCoreMetadata(text: string): { name?: string; version?: string } {
  const out: { name?: string; version?: string } = {};
  for (const line of text.slice(0, 256 * 1024).split('\n')) {
    if (line.trim() === '') break;
    const m = /^(Name|Version):\s*(\S.*?)\s*$/i.exec(line);
    if (m && m[1]!.toLowerCase() === 'name') out.name ??= m[2]!;
    if (m && m[1]!.toLowerCase() === 'version') out.version ??= m[2]!;
  }
  return out;
}

function extract(file: SourceFile): CatalogOutput {
  const { name, version } = parseCoreMetadata(file.text);
  if (!name || !version) return { packages: [], issues: [{ code: 'parse-error', message: 'installed package metadata without Name or Version; skipped', path: file.path }] };
  return { packages: [makePackage({ ecosystem: 'PyPI', name, version, path: file.path })] };
}

/** Python packages installed in site-packages / dist-packages (images, virtualenvs). */
export const distInfoCataloger = {
  meta: { id: 'python/dist-info', version: '1.0.0', summary: 'Installed Python packages from site-packages *.dist-info/METADATA and *.egg-info/PKG-INFO' },
  ecosystem: 'PyPI',
  matches: (path: string) => INSTALLED.test(path),
  extract,
} satisfies Cataloger;
