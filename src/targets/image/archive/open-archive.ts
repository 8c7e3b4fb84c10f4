import { open } from 'node:fs/promises';
import { UsageError } from '../../../core/errors.js';
import { openGzipTar } from './gzip-tar.js';
import { openPlainTar } from './plain-tar.js';
import type { TarArchive } from './types.js';

async function readHead(path: string): Promise<Buffer> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw new UsageError(`cannot open ${path} (${(err as NodeJS.ErrnoException).code ?? err}); check the archive path.`, { cause: err });
  }
  try {
    const buf = Buffer.alloc(2);
    const { bytesRead } = await fh.read(buf, 0, 2, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Opens a tar archive, gzipped or not (told apart by its magic bytes, not its name). */
export async function openTarArchive(path: string): Promise<TarArchive> {
  const head = await readHead(path);
  return head[0] === 0x1f && head[1] === 0x8b ? openGzipTar(path) : openPlainTar(path);
}
