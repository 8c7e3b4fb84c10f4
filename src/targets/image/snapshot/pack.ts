import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { pack } from 'tar-stream';
import type { ScanResult } from '../../../core/model.js';
import type { Staged } from './staging.js';

/** What the snapshot needs of an object store (src/sinks/object-store's ObjectStore fits). */
export interface SnapshotStore {
  put(key: string, body: Readable, contentType: string, signal?: AbortSignal): Promise<{ uri: string; sha256: string }>;
}

export interface SnapshotManifest {
  image: { ref: string; digest: string; workingDir?: string };
  /** Paths relative to the image root, sorted; each stored under `files/` in the archive. */
  files: { path: string; size: number; sha256: string }[];
}

export const MANIFEST_NAME = 'manifest.json';

/**
 * Packs the files as a reproducible tar.gz (sorted, fixed times and owners, 0644) with the manifest
 * first, and stores it under `key`. The stream is produced as the store reads it.
 */
export async function storeSnapshot(
  manifest: SnapshotManifest,
  staged: ReadonlyMap<string, Staged>,
  store: SnapshotStore,
  key: string,
): Promise<NonNullable<ScanResult['snapshot']>> {
  const tar = pack();
  const gz = tar.pipe(createGzip({ level: 6 }));
  const writing = writeEntries(tar, manifest, staged).catch((err: unknown) => gz.destroy(err as Error));
  const stored = await store.put(key, gz, 'application/gzip');
  await writing;
  return { uri: stored.uri, files: manifest.files.length, sha256: stored.sha256 };
}

async function writeEntries(tar: ReturnType<typeof pack>, manifest: SnapshotManifest, staged: ReadonlyMap<string, Staged>): Promise<void> {
  const header = { mtime: new Date(0), mode: 0o644, uid: 0, gid: 0, uname: '', gname: '' };
  const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  await new Promise<void>((resolve, reject) => tar.entry({ ...header, name: MANIFEST_NAME, size: json.length }, json, (err) => (err ? reject(err) : resolve())));
  for (const f of manifest.files) {
    const s = staged.get(f.path)!;
    await new Promise<void>((resolve, reject) => {
      const entry = tar.entry({ ...header, name: `files/${f.path}`, size: s.size }, (err) => (err ? reject(err) : resolve()));
      createReadStream(s.file).on('error', reject).pipe(entry);
    });
  }
  tar.finalize();
}
