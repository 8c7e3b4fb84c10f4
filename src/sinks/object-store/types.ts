import type { Readable } from 'node:stream';

export interface StoredObject {
  /** `file:///…` or `s3://bucket/key`. */
  uri: string;
  bytes: number;
  /** `sha256:` of what was stored. */
  sha256: string;
}

/** Where snapshots (and other artifacts) go: one call, a stream in, a URI out. */
export interface ObjectStore {
  readonly id: string;
  /** Stores `body` under `key` (a relative `a/b/c.tar.gz`); the object appears whole or not at all. */
  put(key: string, body: Readable, contentType: string, signal?: AbortSignal): Promise<StoredObject>;
}

export interface ObjectStorePlugin<Settings> {
  meta: { id: string; version: string; summary: string };
  open(settings: Settings): ObjectStore;
}
