import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../testing/fixtures.js';
import type { CatalogContext } from '../../types.js';
import { dpkgCataloger } from './index.js';

const dir = (...p: string[]) => fixture('pkgdb', 'debian', ...p);
const expectedOf = (source: string) => JSON.parse(readFileSync(dir(source, 'expected.json'), 'utf8'));
const ctxWith = (files: Record<string, string> = {}): CatalogContext => ({ readFile: async (p) => files[p] });

async function extract(file: string, path = 'var/lib/dpkg/status', ctx = ctxWith()) {
  return dpkgCataloger.extract({ path, size: 0, text: readFileSync(file, 'utf8') }, ctx);
}

interface Expected { name: string; version?: string; sourceName?: string; status?: string }

describe('os/dpkg', () => {
  it('matches status and status.d entries, not their md5sums', () => {
    expect(['var/lib/dpkg/status', 'var/lib/dpkg/status.d/libc6', 'root/var/lib/dpkg/status'].every(dpkgCataloger.matches)).toBe(true);
    expect(['var/lib/dpkg/status.d/libc6.md5sums', 'var/lib/dpkg/status-old', 'var/lib/dpkg/available'].some(dpkgCataloger.matches)).toBe(false);
  });

  it('reads the osv-scalibr cases: installed packages only, entries without name or version skipped', async () => {
    const ctx = ctxWith({ 'etc/os-release': readFileSync(dir('osv-scalibr', 'os-release'), 'utf8') });
    for (const c of expectedOf('osv-scalibr').cases as { case: string; file: string; expected: Expected[] }[]) {
      if (c.case === 'statusfield including not installed') continue; // an option of osv-scalibr's, not offered here
      const out = await extract(dir('osv-scalibr', c.file), c.file.startsWith('status.d/') ? `var/lib/dpkg/${c.file}` : 'var/lib/dpkg/status', ctx);
      expect(out.packages.map((p) => [p.name, p.version]), c.case).toEqual(c.expected.map((e) => [e.name, e.version]));
      for (const e of c.expected.filter((x) => x.sourceName)) expect(out.packages.find((p) => p.name === e.name)!.source?.name).toBe(e.sourceName);
      for (const p of out.packages) expect(p.ecosystem).toBe('Debian:12');
    }
  });

  it('reads syft\'s status.d entries and image database with source packages', async () => {
    for (const c of expectedOf('syft').cases as { case: string; file: string; expected?: Expected[]; expected_db_entries?: Expected[]; os_release?: string }[]) {
      const ctx = ctxWith(c.os_release ? { 'etc/os-release': readFileSync(dir('syft', c.os_release), 'utf8') } : {});
      const out = await extract(dir('syft', c.file), c.file.replace(/^image-[^/]+\//, ''), ctx);
      const want = (c.expected ?? c.expected_db_entries!).filter((e) => e.version);
      expect(out.packages.map((p) => [p.name, p.version, p.source?.name]), c.case).toEqual(want.map((e) => [e.name, e.version, e.sourceName ?? e.name]));
    }
  });

  it('reads Trivy\'s Ubuntu 18.04 database: 90 of 91 stanzas, source versions as Trivy splits them', async () => {
    const { expected } = expectedOf('trivy-ubuntu18.04') as { expected: { id: string; sourceName: string; sourceVersion: string; sourceEpoch?: number; sourceRelease?: string }[] };
    const ctx = ctxWith({ 'etc/os-release': 'ID=ubuntu\nVERSION_ID="18.04"\n' });
    const out = await extract(dir('trivy-ubuntu18.04', 'status'), 'var/lib/dpkg/status', ctx);
    const full = (e: (typeof expected)[number]) => `${e.sourceEpoch ? `${e.sourceEpoch}:` : ''}${e.sourceVersion}${e.sourceRelease ? `-${e.sourceRelease}` : ''}`;
    expect(out.packages.map((p) => [`${p.name}@${p.version}`, p.source?.name, p.source?.version]).sort()).toEqual(expected.map((e) => [e.id, e.sourceName, full(e)]).sort());
    const adduser = out.packages.find((p) => p.name === 'adduser')!;
    expect(adduser.ecosystem).toBe('Ubuntu:18.04');
    expect(adduser.purl).toMatch(/^pkg:deb\/ubuntu\/adduser@3\.116ubuntu1\?arch=all&distro=ubuntu-18\.04$/);
  });
});
