import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, Transform, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { extract, type Extract } from 'tar-stream';
import { PatchlineError, ParseError } from '../../../core/errors.js';
import { IMAGE_LIMITS } from '../limits.js';
import { memberName } from './member-name.js';
import { memberMap } from './member-map.js';
import type { ArchiveMember, TarArchive } from './types.js';

/** One entry of tar-stream's extract (its type is not exported). */
type Entry = Extract extends AsyncIterable<infer E> ? E : never;

interface GzipMember extends ArchiveMember {
  head: Buffer;
  bytes?: Buffer;
  digest?: string;
}

function inflateLimit(compressed: number, where: string): Transform {
  const limit = Math.max(compressed * IMAGE_LIMITS.maxInflateRatio, IMAGE_LIMITS.inflateFloorBytes);
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > limit) done(new ParseError(`${where} inflates past ${limit} bytes (${IMAGE_LIMITS.maxInflateRatio}× its size); refusing it as a decompression bomb.`));
      else done(null, chunk);
    },
  });
}

function wrap(err: unknown, where: string): PatchlineError {
  if (err instanceof PatchlineError) return err;
  const msg = (err as Error).message ?? String(err);
  const truncated = /unexpected end|premature|truncated/i.test(msg);
  return new ParseError(
    truncated ? `${where} is truncated (${msg}); save or copy it again.` : `${where} is not a readable gzipped tar (${msg}); is it a docker save / OCI archive?`,
    { cause: err },
  );
}

/** Every entry of the archive, in order, as tar-stream entries; the caller drains or reads each one. */
async function* entries(path: string, where: string, signal?: AbortSignal): AsyncGenerator<Entry> {
  const { size } = await stat(path);
  const ex = extract();
  pipeline(createReadStream(path, { signal }), createGunzip(), inflateLimit(size, where), ex, () => undefined);
  try {
    for await (const entry of ex) yield entry;
  } catch (err) {
    throw wrap(err, where);
  }
}

async function indexEntry(entry: Entry, name: string, budget: { left: number }): Promise<GzipMember> {
  const size = entry.header.size ?? 0;
  const keep = size <= IMAGE_LIMITS.maxCachedMemberBytes && size <= budget.left;
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let head = Buffer.alloc(0);
  for await (const chunk of entry as AsyncIterable<Buffer>) {
    if (head.length < 4) head = Buffer.concat([head, chunk.subarray(0, 4 - head.length)]);
    hash.update(chunk);
    if (keep) chunks.push(chunk);
  }
  if (keep) budget.left -= size;
  const member: GzipMember = { name, size, head, digest: `sha256:${hash.digest('hex')}` };
  if (keep) member.bytes = Buffer.concat(chunks);
  return member;
}

/** One pass over the gzipped archive: names, sizes, first bytes, digests, and the small members kept. */
async function indexMembers(path: string): Promise<Map<string, GzipMember>> {
  try {
    return await indexAll(path);
  } catch (err) {
    throw wrap(err, path);
  }
}

async function indexAll(path: string): Promise<Map<string, GzipMember>> {
  const members = new Map<string, GzipMember>();
  const budget = { left: IMAGE_LIMITS.maxCachedTotalBytes };
  for await (const entry of entries(path, path)) {
    const name = memberName(entry.header.name, path);
    if (entry.header.type !== 'file' || !name) {
      entry.resume();
      continue;
    }
    members.set(name, await indexEntry(entry, name, budget));
    if (members.size > IMAGE_LIMITS.maxArchiveMembers) throw new ParseError(`${path} has more than ${IMAGE_LIMITS.maxArchiveMembers} members; not an image archive.`);
  }
  return members;
}

async function* memberChunks(path: string, name: string, signal?: AbortSignal): AsyncGenerator<Buffer> {
  for await (const entry of entries(path, path, signal)) {
    if (entry.header.type === 'file' && memberName(entry.header.name, path) === name) {
      try {
        yield* entry as AsyncIterable<Buffer>;
      } catch (err) {
        throw wrap(err, path);
      }
      return;
    }
    entry.resume();
  }
  throw new ParseError(`${path} has no member "${name}"; the archive is incomplete.`);
}

/**
 * A gzipped tar has no random access: it is indexed in one pass, and each member opened later is
 * re-inflated from the start (docker save output is usually not gzipped; this is the rarer path).
 */
export async function openGzipTar(path: string): Promise<TarArchive> {
  const members = await indexMembers(path);
  const map = memberMap(path, members);
  return {
    ...map.lookup,
    async readMember(name, maxBytes, what) {
      const m = map.bounded(name, maxBytes, what);
      if (m.bytes) return m.bytes;
      const chunks: Buffer[] = [];
      for await (const chunk of memberChunks(path, name)) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    sniffMember: async (name) => map.get(name).head,
    hashMember: async (name) => map.get(name).digest!,
    openMember: (name, signal) => {
      const m = map.get(name);
      return m.bytes ? Readable.from([m.bytes]) : Readable.from(memberChunks(path, name, signal), { objectMode: false });
    },
    close: async () => undefined,
  };
}
