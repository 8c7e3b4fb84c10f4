import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../testing/fixtures.js';
import { rpmCataloger } from './index.js';
import { parseHeader, parseSourceRpm } from './header.js';

const SQLITE = fixture('pkgdb', 'rpm', 'go-rpmdb', 'cbl-mariner-2.0', 'rpmdb.sqlite');
const ctx = { readFile: async (p: string) => (p === 'etc/os-release' ? 'ID=mariner\nVERSION_ID="2.0"\n' : undefined) };

describe('os/rpm', () => {
  it('matches the SQLite rpmdb at both locations', () => {
    expect(['var/lib/rpm/rpmdb.sqlite', 'usr/lib/sysimage/rpm/rpmdb.sqlite'].every(rpmCataloger.matches)).toBe(true);
    expect(rpmCataloger.matches('var/lib/rpm/rpmdb.sqlite-wal')).toBe(false);
  });

  it('reads CBL-Mariner 2.0\'s rpmdb.sqlite: curl as go-rpmdb lists it, with its source RPM, in Azure Linux:2.0', async () => {
    const bytes = readFileSync(SQLITE);
    const out = await rpmCataloger.extract({ path: 'var/lib/rpm/rpmdb.sqlite', size: bytes.length, text: '', bytes }, ctx);
    expect(out.issues).toEqual([]);
    const { expected_contains: [curl] } = JSON.parse(readFileSync(fixture('pkgdb', 'rpm', 'go-rpmdb', 'expected.json'), 'utf8')).cases[2];
    const found = out.packages.find((p) => p.name === 'curl')!;
    expect(found).toMatchObject({ ecosystem: 'Azure Linux:2.0', version: `${curl.version}-${curl.release}`, source: { name: 'curl', version: '7.76.0-6.cm2' } });
    expect(found.purl).toBe('pkg:rpm/mariner/curl@7.76.0-6.cm2?arch=x86_64&distro=mariner-2.0');
    expect(out.packages.length).toBeGreaterThan(100);
    expect(out.packages.some((p) => p.name === 'gpg-pubkey')).toBe(false);
  });

  it('reports a file that is not an SQLite database, and refuses headers that point outside themselves', async () => {
    const out = await rpmCataloger.extract({ path: 'var/lib/rpm/rpmdb.sqlite', size: 4, text: '', bytes: Buffer.from('junk') }, ctx);
    expect(out.packages).toEqual([]);
    expect(out.issues?.[0]?.code).toBe('parse-error');
    const hostile = Buffer.alloc(8 + 16 + 4);
    hostile.writeUInt32BE(1, 0); // one entry
    hostile.writeUInt32BE(4, 4); // four bytes of data
    hostile.writeUInt32BE(1000, 8); // NAME
    hostile.writeUInt32BE(6, 12); // STRING
    hostile.writeUInt32BE(0xfffffff0, 16); // offset far past the store
    expect(parseHeader(hostile)).toBeUndefined();
    hostile.writeUInt32BE(0xffffffff, 0);
    expect(parseHeader(hostile)).toBeUndefined();
  });

  it('splits source RPM file names', () => {
    expect(parseSourceRpm('glibc-2.31-9.3.2.src.rpm')).toEqual({ name: 'glibc', version: '2.31', release: '9.3.2' });
    expect(parseSourceRpm('system-user-root-20190513-3.3.1.src.rpm')).toEqual({ name: 'system-user-root', version: '20190513', release: '3.3.1' });
    expect(parseSourceRpm('nonsense')).toBeUndefined();
  });
});
