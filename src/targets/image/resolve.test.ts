import { describe, expect, it } from 'vitest';
import { PatchlineError } from '../../core/errors.js';
import type { Descriptor } from './manifest.js';
import { MEDIA } from './media-types.js';
import { resolveImage, type ManifestFetcher } from './resolve.js';
import { sha256 } from './testdata/tar-file.js';
import { verifyBytes } from './verify-stream.js';

/** An in-memory content-addressed store, the shape every real source has. */
function memoryFetcher(): { fetcher: ManifestFetcher; put(json: unknown): Descriptor & { bytes: Buffer } } {
  const blobs = new Map<string, Buffer>();
  const fetch = async (desc: Descriptor) => verifyBytes(blobs.get(desc.digest) ?? Buffer.alloc(0), desc, desc.digest);
  return {
    fetcher: { where: 'mem', fetchManifest: async (d) => ({ bytes: await fetch(d) }), fetchBlob: (d) => fetch(d) },
    put(json) {
      const bytes = Buffer.from(typeof json === 'string' ? json : JSON.stringify(json));
      const digest = sha256(bytes);
      blobs.set(digest, bytes);
      return { mediaType: MEDIA.ociManifest, digest, size: bytes.length, bytes };
    },
  };
}

const linux = (architecture: string, variant?: string) => ({ os: 'linux', architecture, ...(variant ? { variant } : {}) });

function imageManifest(m: ReturnType<typeof memoryFetcher>, arch: string) {
  const layer = m.put(`layer-${arch}`);
  const config = m.put({ os: 'linux', architecture: arch, rootfs: { type: 'layers', diff_ids: [layer.digest] } });
  return m.put({ schemaVersion: 2, mediaType: MEDIA.ociManifest, config: { ...config, bytes: undefined }, layers: [{ ...layer, bytes: undefined, mediaType: MEDIA.ociLayerGzip }] });
}

const desc = (d: Descriptor & { bytes?: Buffer }, extra: object = {}) => ({ mediaType: d.mediaType, digest: d.digest, size: d.size, ...extra });

describe('resolveImage', () => {
  it('chooses the platform from an index, arm64 variant v8 by default', async () => {
    const m = memoryFetcher();
    const amd = imageManifest(m, 'amd64');
    const arm = imageManifest(m, 'arm64');
    const index = m.put({ schemaVersion: 2, manifests: [desc(amd, { platform: linux('amd64') }), desc(arm, { platform: linux('arm64', 'v8') })] });
    const top = { bytes: index.bytes, digest: index.digest };
    expect((await resolveImage(m.fetcher, top, 'linux/arm64')).manifestDigest).toBe(arm.digest);
    expect((await resolveImage(m.fetcher, top, 'linux/amd64')).config.info.architecture).toBe('amd64');
    await expect(resolveImage(m.fetcher, top, 'linux/s390x')).rejects.toThrow(/no image for linux\/s390x \(it offers linux\/amd64, linux\/arm64\/v8\); choose one with --platform/);
  });

  it('refuses indexes nested past the bound (a loop in disguise)', async () => {
    const m = memoryFetcher();
    let inner = imageManifest(m, 'amd64');
    for (let i = 0; i < 6; i++) inner = m.put({ schemaVersion: 2, manifests: [desc(inner, { platform: linux('amd64') })], n: i });
    await expect(resolveImage(m.fetcher, { bytes: inner.bytes, digest: inner.digest }, 'linux/amd64')).rejects.toThrow(/nest deeper than 4; refusing it as a manifest loop/);
  });

  it('refuses a child that points back to a digest already seen', async () => {
    const m = memoryFetcher();
    const img = imageManifest(m, 'amd64');
    const index = m.put({ schemaVersion: 2, manifests: [desc(img, { platform: linux('amd64') })] });
    await expect(resolveImage(m.fetcher, { bytes: index.bytes, digest: img.digest }, 'linux/amd64')).rejects.toThrow(/refusing the manifest loop/);
  });

  it('refuses huge manifests, huge configs, schema 1 and non-digests before fetching anything', async () => {
    const m = memoryFetcher();
    const img = imageManifest(m, 'amd64');
    const huge = m.put({ schemaVersion: 2, manifests: [desc(img, { platform: linux('amd64'), size: 500_000_000 })] });
    await expect(resolveImage(m.fetcher, { bytes: huge.bytes, digest: huge.digest })).rejects.toThrow(/declares 500000000 bytes/);
    const bigConfig = m.put({ schemaVersion: 2, config: { mediaType: 'x', digest: img.digest, size: 1e9 }, layers: [] });
    await expect(resolveImage(m.fetcher, { bytes: bigConfig.bytes, digest: bigConfig.digest })).rejects.toThrow(/config declares 1000000000 bytes/);
    const v1 = m.put({ schemaVersion: 1, fsLayers: [] });
    await expect(resolveImage(m.fetcher, { bytes: v1.bytes, digest: v1.digest })).rejects.toThrow(/schema 1/);
    const bad = m.put({ schemaVersion: 2, config: { digest: 'sha256:../../etc', size: 1 }, layers: [] });
    await expect(resolveImage(m.fetcher, { bytes: bad.bytes, digest: bad.digest })).rejects.toThrow(PatchlineError);
    const big = Buffer.alloc(5 * 1024 * 1024, 0x20);
    await expect(resolveImage(m.fetcher, { bytes: big, digest: sha256(big) })).rejects.toThrow(/refusing it as hostile/);
  });
});
