import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';

export interface TarEntry {
  name: string;
  data: Buffer | string;
}

/** A tar (gzipped when asked) of the given regular files, in memory — for hostile-archive tests. */
export async function tarBytes(entries: TarEntry[], gzip = false): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    p.on('data', (c) => chunks.push(c as Buffer));
    p.on('end', () => resolve());
    p.on('error', reject);
  });
  for (const e of entries) p.entry({ name: e.name }, typeof e.data === 'string' ? Buffer.from(e.data) : e.data);
  p.finalize();
  await done;
  const tar = Buffer.concat(chunks);
  return gzip ? gzipSync(tar) : tar;
}

export async function writeTar(path: string, entries: TarEntry[], gzip = false): Promise<string> {
  await writeFile(path, await tarBytes(entries, gzip));
  return path;
}

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** A minimal docker save archive of one image whose layers are the given (uncompressed) tars. */
export async function dockerArchiveEntries(layers: Buffer[], extra: Partial<{ workingDir: string; tags: string[] }> = {}): Promise<TarEntry[]> {
  const config = JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    config: { WorkingDir: extra.workingDir ?? '/app', Env: ['A=1'] },
    rootfs: { type: 'layers', diff_ids: layers.map((l) => sha256(l)) },
    history: layers.map((_l, i) => ({ created_by: `step ${i}` })),
  });
  const configName = `${sha256(config).slice(7)}.json`;
  const layerNames = layers.map((l) => `${sha256(l).slice(7)}/layer.tar`);
  const manifest = JSON.stringify([{ Config: configName, RepoTags: extra.tags ?? ['test/app:1'], Layers: layerNames }]);
  return [
    ...layers.map((l, i) => ({ name: layerNames[i]!, data: l })),
    { name: configName, data: config },
    { name: 'manifest.json', data: manifest },
  ];
}
