import { createReadStream } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ParseError, UsageError } from '../../../core/errors.js';
import type { TarArchive } from '../archive/types.js';

/** The files of an OCI image layout, whether a directory (`oci:`) or a tar of one (`oci-archive:`). */
export interface LayoutStore {
  where: string;
  read(rel: string, maxBytes: number, what: string): Promise<Buffer>;
  open(rel: string, signal?: AbortSignal): Promise<Readable>;
  close(): Promise<void>;
}

export function archiveLayoutStore(archive: TarArchive): LayoutStore {
  return {
    where: archive.path,
    read: (rel, maxBytes, what) => archive.readMember(rel, maxBytes, what),
    open: async (rel, signal) => archive.openMember(rel, signal),
    close: () => archive.close(),
  };
}

/** A file inside the layout directory; refuses symlinks that lead out of it. */
async function inside(root: string, rel: string, where: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(path.join(root, rel));
  } catch (err) {
    throw new ParseError(`${where} has no ${rel} (${(err as NodeJS.ErrnoException).code}); the layout is incomplete — copy the image again.`, { cause: err });
  }
  if (real !== root && !real.startsWith(`${root}${path.sep}`)) {
    throw new ParseError(`${where}: ${rel} is a link to ${real}, outside the layout; refusing it.`);
  }
  return real;
}

export async function directoryLayoutStore(dir: string): Promise<LayoutStore> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch (err) {
    throw new UsageError(`oci:${dir}: no such directory; check the layout path.`, { cause: err });
  }
  return {
    where: dir,
    async read(rel, maxBytes, what) {
      const fh = await open(await inside(root, rel, dir), 'r');
      try {
        const { size } = await fh.stat();
        if (size > maxBytes) throw new ParseError(`${what} in ${dir} is ${size} bytes, more than the ${maxBytes} allowed; refusing it.`);
        return await fh.readFile();
      } finally {
        await fh.close();
      }
    },
    open: async (rel, signal) => createReadStream(await inside(root, rel, dir), { signal }),
    close: async () => undefined,
  };
}
