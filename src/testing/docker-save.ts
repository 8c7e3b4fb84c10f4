import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import type { ImageLayer, OpenedImage } from '../targets/image/types.js';

/**
 * A `docker save` tarball (gzipped or not) held in memory as an OpenedImage, for tests of what reads
 * images. Small fixtures only; the product opens archives through src/targets/image.
 */
export async function openDockerSave(file: string): Promise<OpenedImage> {
  let bytes = await readFile(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const members = new Map<string, Buffer>();
  const tar = extract();
  Readable.from([bytes]).pipe(tar);
  for await (const entry of tar) {
    const chunks: Buffer[] = [];
    for await (const c of entry) chunks.push(c as Buffer);
    members.set(entry.header.name, Buffer.concat(chunks));
  }
  const manifest = JSON.parse(members.get('manifest.json')!.toString())[0] as { Config: string; Layers: string[] };
  const configBytes = members.get(manifest.Config)!;
  const config = JSON.parse(configBytes.toString());
  const history = (config.history ?? []).filter((h: { empty_layer?: boolean }) => !h.empty_layer);
  const layers: ImageLayer[] = manifest.Layers.map((name, i) => ({
    digest: `sha256:${createHash('sha256').update(members.get(name)!).digest('hex')}`,
    diffId: config.rootfs.diff_ids[i],
    mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
    size: members.get(name)!.length,
    ...(history[i]?.created_by && { createdBy: history[i].created_by }),
  }));
  const blobs = new Map(layers.map((l, i) => [l.digest, members.get(manifest.Layers[i]!)!]));
  return {
    ref: `docker-archive:${file}`,
    digest: `sha256:${createHash('sha256').update(configBytes).digest('hex')}`,
    config: {
      os: config.os,
      architecture: config.architecture,
      ...(config.config?.WorkingDir && { workingDir: config.config.WorkingDir }),
      env: config.config?.Env ?? [],
      labels: config.config?.Labels ?? {},
    },
    layers,
    openLayer: async (layer) => Readable.from([blobs.get(layer.digest)!]),
    close: async () => {},
  };
}
