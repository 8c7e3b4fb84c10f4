import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { OpenedImage } from '../../types.js';
import { makeTar, type TarMember } from './make-tar.js';

/** An in-memory image of the given layers (plain tar), for tests of what reads images. */
export async function makeImage(layers: readonly (readonly TarMember[])[], opened = { count: 0 }, workingDir?: string): Promise<OpenedImage> {
  const blobs = await Promise.all(layers.map((members) => makeTar(members)));
  const digest = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
  return {
    ref: 'test:image',
    digest: digest(Buffer.concat(blobs)),
    config: { os: 'linux', architecture: 'amd64', env: [], labels: {}, ...(workingDir && { workingDir }) },
    layers: blobs.map((b, i) => ({ digest: digest(b), diffId: digest(b), mediaType: 'application/vnd.oci.image.layer.v1.tar', size: b.length, createdBy: `step ${i + 1}` })),
    openLayer: async (layer) => {
      opened.count++;
      return Readable.from([blobs.find((b) => digest(b) === layer.digest)!]);
    },
    close: async () => {},
  };
}
