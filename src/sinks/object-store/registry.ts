import path from 'node:path';
import type { SnapshotConfig } from '../../core/config-snapshot.js';
import { cacheDir } from '../../vulndb/db-paths.js';
import { fsStore } from './fs/index.js';
import { s3Store } from './s3/index.js';
import type { ObjectStore } from './types.js';

/** Every object store, listed explicitly in alphabetical order; the folder name is the id. */
export const objectStores = [fsStore, s3Store] as const;

export function defaultSnapshotDir(): string {
  return path.join(cacheDir(), 'snapshots');
}

/** `snapshot.s3` when configured, else the local directory `snapshot.dir` (default in the cache). */
export function openSnapshotStore(config: SnapshotConfig | undefined): ObjectStore {
  if (config?.s3) return s3Store.open(config.s3);
  return fsStore.open({ dir: config?.dir ?? defaultSnapshotDir() });
}
