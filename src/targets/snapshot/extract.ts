import { createHash } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract, type Header } from 'tar-stream';
import { z } from 'zod';
import { PatchlineError } from '../../core/errors.js';
import type { ScanIssue } from '../../core/model.js';

export interface SnapshotExtractLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_EXTRACT_LIMITS: SnapshotExtractLimits = { maxFiles: 50_000, maxFileBytes: 64 * 1024 ** 2, maxTotalBytes: 2 * 1024 ** 3 };
const MAX_MANIFEST_BYTES = 16 * 1024 ** 2;

const ManifestSchema = z.object({
  image: z.object({ ref: z.string(), digest: z.string(), workingDir: z.string().optional() }),
  files: z.array(z.object({ path: z.string(), size: z.number(), sha256: z.string() })),
});
export type ExtractedManifest = z.infer<typeof ManifestSchema>;

export interface ExtractedSnapshot {
  manifest?: ExtractedManifest;
  /** Paths (relative to the image root) written under the destination and matching the manifest. */
  files: string[];
  issues: Omit<ScanIssue, 'scanner'>[];
}

/**
 * Unpacks a code snapshot (manifest.json + files/<path>, as an image scan packs it) into an empty
 * directory: regular files only, no path that leaves it, every size bounded, every file checked
 * against the manifest's sha256. What is refused is reported; what is good is kept.
 */
export async function extractSnapshot(archive: Readable, dest: string, limits: SnapshotExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<ExtractedSnapshot> {
  const issues: ExtractedSnapshot['issues'] = [];
  const written = new Map<string, string>();
  let manifest: ExtractedManifest | undefined;
  let total = 0;
  const tar = extract();
  tar.on('entry', (header, stream, next) => {
    const done = (issue?: Omit<ScanIssue, 'scanner'>) => {
      if (issue) issues.push(issue);
      stream.resume();
      next();
    };
    const name = header.name.replace(/^\.\//, '');
    if (name === 'manifest.json' && header.type === 'file') {
      readManifest(stream, header).then((m) => { manifest = m; next(); }, (err: Error) => { issues.push({ code: 'snapshot-manifest', message: err.message }); stream.resume(); next(); });
      return;
    }
    if (header.type === 'directory') return done();
    const rel = safeRelative(name);
    if (!rel) return done({ code: 'snapshot-entry-refused', message: `entry ${name.slice(0, 200)} is not under files/ or leaves the snapshot; skipped`, path: name.slice(0, 200) });
    if (header.type !== 'file') return done({ code: 'snapshot-entry-refused', message: `${rel} is a ${header.type}, not a regular file; skipped`, path: rel });
    const size = header.size ?? 0;
    if (written.size >= limits.maxFiles) return done({ code: 'snapshot-too-many-files', message: `more than ${limits.maxFiles} files; the rest skipped`, path: rel });
    if (size > limits.maxFileBytes || total + size > limits.maxTotalBytes) return done({ code: 'snapshot-too-large', message: `${rel} (${size} bytes) is over the size limits; skipped`, path: rel });
    total += size;
    writeEntry(stream, path.join(dest, rel)).then(
      (sha) => { written.set(rel, sha); next(); },
      (err: Error) => done({ code: 'snapshot-write', message: `${rel} could not be written (${err.message}); skipped`, path: rel }),
    );
  });
  try {
    await pipeline(archive, createGunzip(), limitBytes(limits.maxTotalBytes + MAX_MANIFEST_BYTES + 64 * 1024 ** 2), tar);
  } catch (err) {
    issues.push({ code: 'snapshot-truncated', message: `the snapshot archive could not be read to the end (${(err as Error).message}); kept what was read` });
  }
  return { manifest, files: await checkAgainstManifest(manifest, written, dest, issues), issues };
}

/** `files/a/b.py` → `a/b.py`; undefined for anything else or anything that climbs out. */
function safeRelative(name: string): string | undefined {
  if (!name.startsWith('files/')) return undefined;
  const rel = path.posix.normalize(name.slice('files/'.length));
  if (rel === '.' || rel.startsWith('../') || rel === '..' || path.posix.isAbsolute(rel) || rel.includes('\0')) return undefined;
  return rel;
}

async function readManifest(stream: AsyncIterable<unknown>, header: Header): Promise<ExtractedManifest> {
  if ((header.size ?? 0) > MAX_MANIFEST_BYTES) throw new Error(`manifest.json is over ${MAX_MANIFEST_BYTES} bytes`);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const parsed = ManifestSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  if (!parsed.success) throw new Error(`manifest.json is not a snapshot manifest (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

/** Writes a new file (never over an existing one or through a link) and returns its sha256. */
async function writeEntry(stream: AsyncIterable<unknown>, file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'wx', 0o644);
  const hash = createHash('sha256');
  try {
    for await (const chunk of stream) {
      hash.update(chunk as Buffer);
      await handle.write(chunk as Buffer);
    }
  } finally {
    await handle.close();
  }
  return `sha256:${hash.digest('hex')}`;
}

async function checkAgainstManifest(manifest: ExtractedManifest | undefined, written: Map<string, string>, dest: string, issues: ExtractedSnapshot['issues']): Promise<string[]> {
  if (!manifest) {
    issues.push({ code: 'snapshot-manifest', message: 'the snapshot has no manifest.json; its files are used unchecked' });
    return [...written.keys()];
  }
  const expected = new Map(manifest.files.map((f) => [f.path.replace(/^\/+/, ''), normalizeDigest(f.sha256)]));
  const good: string[] = [];
  for (const [rel, sha] of written) {
    if (expected.get(rel) === sha) {
      good.push(rel);
      continue;
    }
    issues.push({ code: 'snapshot-digest-mismatch', message: `${rel} does not match the manifest's sha256; removed`, path: rel });
    await rm(path.join(dest, rel), { force: true });
  }
  for (const rel of expected.keys()) {
    if (!written.has(rel)) issues.push({ code: 'snapshot-missing-file', message: `${rel} is in the manifest but not in the archive`, path: rel });
  }
  return good;
}

function normalizeDigest(sha: string): string {
  return sha.startsWith('sha256:') ? sha : `sha256:${sha}`;
}

/** Fails the stream once more than `max` bytes came out of the decompressor (a gzip bomb). */
function limitBytes(max: number) {
  let seen = 0;
  return async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      seen += chunk.length;
      if (seen > max) throw new PatchlineError('io', `the snapshot decompresses to more than ${max} bytes; refusing the rest`);
      yield chunk;
    }
  };
}
