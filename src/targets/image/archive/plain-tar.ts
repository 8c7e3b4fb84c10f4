import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { ParseError } from '../../../core/errors.js';
import { IMAGE_LIMITS } from '../limits.js';
import { memberName } from './member-name.js';
import { paddedSize, parsePax, parseTarHeader } from './tar-header.js';
import { memberMap } from './member-map.js';
import type { ArchiveMember, TarArchive } from './types.js';

interface PlainMember extends ArchiveMember {
  offset: number;
}

const MAX_EXTENDED_HEADER = 1024 * 1024;

async function readAt(fh: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, offset);
  return buf.subarray(0, bytesRead);
}

/** Walks the headers only (seeking over member data): an index of a plain tar costs one read per member. */
async function indexMembers(fh: FileHandle, fileSize: number, where: string): Promise<Map<string, PlainMember>> {
  const members = new Map<string, PlainMember>();
  let offset = 0;
  let pending: { path?: string; size?: number } = {};
  for (;;) {
    if (offset + 512 > fileSize) throw new ParseError(`${where} ends without the end-of-archive marker; it is truncated — save or copy it again.`);
    const header = parseTarHeader(await readAt(fh, offset, 512), where);
    if (!header) break;
    const size = pending.size ?? header.size;
    const dataStart = offset + 512;
    if (dataStart + size > fileSize) throw new ParseError(`${where} is truncated inside member "${header.name.slice(0, 200)}"; save or copy it again.`);
    if (header.type === 'x' || header.type === 'L') {
      if (size > MAX_EXTENDED_HEADER) throw new ParseError(`${where}: an extended tar header of ${size} bytes; refusing the archive as hostile.`);
      const data = await readAt(fh, dataStart, size);
      pending = header.type === 'x' ? parsePax(data) : { ...pending, path: data.toString('utf8').replace(/\0+$/, '') };
    } else if (header.type !== 'g' && header.type !== 'K') {
      const name = memberName(pending.path ?? header.name, where);
      if ((header.type === '0' || header.type === '\0' || header.type === '7') && name) members.set(name, { name, size, offset: dataStart });
      if (members.size > IMAGE_LIMITS.maxArchiveMembers) throw new ParseError(`${where} has more than ${IMAGE_LIMITS.maxArchiveMembers} members; not an image archive.`);
      pending = {};
    }
    offset = dataStart + paddedSize(size);
  }
  return members;
}

export async function openPlainTar(path: string): Promise<TarArchive> {
  const fh = await open(path, 'r');
  try {
    const members = await indexMembers(fh, (await fh.stat()).size, path);
    return plainArchive(path, fh, members);
  } catch (err) {
    await fh.close();
    throw err;
  }
}

function plainArchive(path: string, fh: FileHandle, members: Map<string, PlainMember>): TarArchive {
  const map = memberMap(path, members);
  const stream = (name: string, signal?: AbortSignal): Readable => {
    const m = map.get(name);
    if (m.size === 0) return Readable.from([]);
    return createReadStream(path, { start: m.offset, end: m.offset + m.size - 1, signal });
  };
  return {
    ...map.lookup,
    async readMember(name, maxBytes, what) {
      const m = map.bounded(name, maxBytes, what);
      return readAt(fh, m.offset, m.size);
    },
    sniffMember: async (name) => readAt(fh, map.get(name).offset, Math.min(4, map.get(name).size)),
    async hashMember(name) {
      const hash = createHash('sha256');
      for await (const chunk of stream(name)) hash.update(chunk as Buffer);
      return `sha256:${hash.digest('hex')}`;
    },
    openMember: stream,
    close: () => fh.close(),
  };
}
