import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../testing/fixtures.js';
import type { CatalogContext } from '../../types.js';
import { apkCataloger } from './index.js';

interface Expected { name: string; version: string; arch?: string; sourceName?: string }

const dir = (...p: string[]) => fixture('pkgdb', 'alpine', ...p);
const expectedOf = (source: string) => JSON.parse(readFileSync(dir(source, 'expected.json'), 'utf8'));

function ctxWith(files: Record<string, string>): CatalogContext {
  return { readFile: async (p) => files[p] };
}

async function extract(file: string, path = 'lib/apk/db/installed', ctx = ctxWith({})) {
  return apkCataloger.extract({ path, size: 0, text: readFileSync(file, 'utf8') }, ctx);
}

const shape = (e: Expected) => ({ name: e.name, version: e.version, source: e.sourceName ? { name: e.sourceName, version: e.version } : undefined });

describe('os/apk', () => {
  it('matches the apk v2 and v3 database paths, at any root', () => {
    expect(['lib/apk/db/installed', 'usr/lib/apk/db/installed', 'rootfs/lib/apk/db/installed'].every(apkCataloger.matches)).toBe(true);
    expect(apkCataloger.matches('lib/apk/db/installed.bak')).toBe(false);
  });

  it('reads the osv-scalibr cases as expected, in the Alpine release of the os-release beside it', async () => {
    const ctx = ctxWith({ 'etc/os-release': readFileSync(dir('osv-scalibr', 'os-release'), 'utf8') });
    for (const c of expectedOf('osv-scalibr').cases as { case: string; file: string; expected: Expected[]; error_expected: boolean }[]) {
      const out = await extract(dir('osv-scalibr', c.file), 'lib/apk/db/installed', ctx);
      const got = out.packages.map((p) => ({ name: p.name, version: p.version, source: p.source }));
      expect(got, c.case).toEqual(c.expected.map((e) => ({ ...shape(e), ...(e.sourceName ? {} : { source: undefined }) })));
      if (c.error_expected) expect(out.issues?.[0]?.code, c.case).toBe('parse-error');
      for (const p of out.packages) expect(p.ecosystem).toBe('Alpine:v3.18');
    }
  });

  it('reads syft\'s and trivy\'s databases and reports the corrupt one', async () => {
    const syft = expectedOf('syft').cases as { file: string; expected?: Expected[]; expected_first?: Expected[]; expected_error?: boolean }[];
    for (const c of syft) {
      const out = await extract(dir('syft', c.file));
      if (c.expected) expect(out.packages.map((p) => ({ name: p.name, version: p.version, source: p.source })), c.file).toEqual(c.expected.map(shape));
      if (c.expected_first) expect({ name: out.packages[0]!.name, version: out.packages[0]!.version, source: out.packages[0]!.source }).toEqual(shape(c.expected_first[0]!));
      if (c.expected_error) expect(out.issues?.map((i) => i.code)).toEqual(['parse-error']);
    }
    const trivy = expectedOf('trivy') as { expected: { name: string; version: string; sourceName: string; sourceVersion: string; arch: string }[] };
    const out = await extract(dir('trivy', 'installed'));
    expect(out.packages.map((p) => [p.name, p.version, p.source?.name, p.source?.version])).toEqual(trivy.expected.map((e) => [e.name, e.version, e.sourceName, e.sourceVersion]));
  });

  it('labels packages Alpine with an arch-qualified purl when no os-release is at hand', async () => {
    const out = await extract(dir('osv-scalibr', 'single'), 'img/lib/apk/db/installed');
    expect(out.packages[0]).toMatchObject({ ecosystem: 'Alpine', locations: [{ path: 'img/lib/apk/db/installed' }] });
    expect(out.packages[0]!.purl).toMatch(/^pkg:apk\/alpine\/[^@]+@[^?]+\?arch=/);
  });
});
