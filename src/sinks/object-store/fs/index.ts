import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, realpath, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { PatchlineError } from '../../../core/errors.js';
import { checkObjectKey, measure } from '../object-key.js';
import type { ObjectStore, ObjectStorePlugin } from '../types.js';

export interface FsStoreSettings {
  /** The root directory; created when missing. */
  dir: string;
}

/** Resolves the key's directory under the root and refuses one that a symlink leads out of it. */
async function targetFor(root: string, key: string): Promise<string> {
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const target = path.join(realRoot, key);
  await mkdir(path.dirname(target), { recursive: true });
  const parent = await realpath(path.dirname(target));
  if (parent !== realRoot && !parent.startsWith(`${realRoot}${path.sep}`)) {
    throw new PatchlineError('io', `${path.dirname(target)} leads out of the snapshot directory ${root} (a symlink); refusing to write there.`);
  }
  return path.join(parent, path.basename(target));
}

export const fsStore = {
  meta: { id: 'fs', version: '1.0.0', summary: 'a local directory (the default): file:// URIs, written atomically' },
  open(settings: FsStoreSettings): ObjectStore {
    return {
      id: 'fs',
      async put(key, body, _contentType, signal) {
        const target = await targetFor(settings.dir, checkObjectKey(key));
        const temp = `${target}.partial-${randomBytes(6).toString('hex')}`;
        const m = measure();
        try {
          await pipeline(body, m.stream, createWriteStream(temp, { flags: 'wx', mode: 0o644 }), ...(signal ? [{ signal }] : []));
          await rename(temp, target);
        } catch (err) {
          await rm(temp, { force: true });
          if (err instanceof PatchlineError) throw err;
          throw new PatchlineError('io', `cannot write ${target} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check snapshot.dir and free space.`, { cause: err });
        }
        return { uri: pathToFileURL(target).href, ...m.result() };
      },
    };
  },
} satisfies ObjectStorePlugin<FsStoreSettings>;
