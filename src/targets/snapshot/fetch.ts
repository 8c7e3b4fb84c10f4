import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { SnapshotConfig } from '../../core/config-snapshot.js';
import { ExternalServiceError, PatchlineError, UsageError } from '../../core/errors.js';
import { s3Client } from '../../sinks/object-store/s3/index.js';

/** A snapshot archive larger than this is refused before it is read. */
export const MAX_SNAPSHOT_ARCHIVE_BYTES = 1024 ** 3;

/**
 * Opens a stored code snapshot by the URI an image scan recorded: `file://…` (or a plain path) from
 * the local store, `s3://bucket/key` through the AWS SDK with the region and endpoint of
 * `snapshot.s3` and the default credential chain.
 */
export async function openSnapshotArchive(uri: string, config: SnapshotConfig | undefined, signal?: AbortSignal): Promise<Readable> {
  const s3 = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (s3) return openS3(s3[1]!, s3[2]!, config, signal);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri) && !uri.startsWith('file://')) {
    throw new UsageError(`cannot read a snapshot from ${uri}: use a file:// or s3:// URI from the image scan's result.`);
  }
  const file = uri.startsWith('file://') ? fileURLToPath(uri) : uri;
  const info = await stat(file).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`snapshot ${file} cannot be read (${err.code ?? err.message}); check the URI in the scan result.`, { cause: err });
  });
  if (!info.isFile()) throw new UsageError(`snapshot ${file} is not a file.`);
  if (info.size > MAX_SNAPSHOT_ARCHIVE_BYTES) throw new PatchlineError('io', `snapshot ${file} is ${info.size} bytes, over the ${MAX_SNAPSHOT_ARCHIVE_BYTES}-byte limit.`);
  return createReadStream(file, signal ? { signal } : {});
}

async function openS3(bucket: string, key: string, config: SnapshotConfig | undefined, signal?: AbortSignal): Promise<Readable> {
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  const settings = config?.s3 ?? {};
  const client = await s3Client(settings);
  try {
    const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), signal ? { abortSignal: signal } : {});
    if ((res.ContentLength ?? 0) > MAX_SNAPSHOT_ARCHIVE_BYTES) {
      throw new PatchlineError('io', `s3://${bucket}/${key} is ${res.ContentLength} bytes, over the ${MAX_SNAPSHOT_ARCHIVE_BYTES}-byte limit.`);
    }
    const body = res.Body as Readable | undefined;
    if (!body) throw new ExternalServiceError(`s3://${bucket}/${key} came back without a body.`);
    body.once('close', () => client.destroy());
    return body;
  } catch (err) {
    client.destroy();
    if (err instanceof PatchlineError) throw err;
    const name = (err as Error).name || 'error';
    throw new ExternalServiceError(`cannot read s3://${bucket}/${key} (${name}); check the URI, snapshot.s3 (region, endpoint) and that the credentials may s3:GetObject.`, { cause: err });
  }
}
