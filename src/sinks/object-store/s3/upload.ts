import type { S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';

/** S3's minimum part size (but the last); parts are buffered one at a time, so memory stays at this. */
export const PART_SIZE = 8 * 1024 * 1024;

export interface UploadTarget {
  client: S3Client;
  bucket: string;
  key: string;
  contentType: string;
  signal?: AbortSignal;
}

/** Collects the stream into PART_SIZE buffers, yielding each as it fills (the last may be shorter). */
async function* parts(body: Readable): AsyncGenerator<Buffer> {
  let chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= PART_SIZE) {
      const all = Buffer.concat(chunks);
      yield all.subarray(0, PART_SIZE);
      chunks = [all.subarray(PART_SIZE)];
      size = chunks[0]!.length;
    }
  }
  yield Buffer.concat(chunks);
}

/**
 * One PutObject for a small body; a multipart upload for a large one (aborted on failure, so no
 * half-written object is ever visible).
 */
export async function uploadStream(target: UploadTarget, body: Readable): Promise<void> {
  const s3 = await import('@aws-sdk/client-s3');
  const { client, bucket, key, contentType, signal } = target;
  const opts = signal ? { abortSignal: signal } : {};
  const iterator = parts(body);
  const first = (await iterator.next()).value as Buffer;
  if (first.length < PART_SIZE) {
    await client.send(new s3.PutObjectCommand({ Bucket: bucket, Key: key, Body: first, ContentType: contentType }), opts);
    return;
  }
  const { UploadId } = await client.send(new s3.CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType }), opts);
  const done: { ETag: string; PartNumber: number }[] = [];
  try {
    for (let part: Buffer | undefined = first; part; part = (await iterator.next()).value as Buffer | undefined) {
      if (part.length === 0 && done.length > 0) break;
      const PartNumber = done.length + 1;
      const { ETag } = await client.send(new s3.UploadPartCommand({ Bucket: bucket, Key: key, UploadId, PartNumber, Body: part }), opts);
      done.push({ ETag: ETag ?? '', PartNumber });
    }
    await client.send(new s3.CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId, MultipartUpload: { Parts: done } }), opts);
  } catch (err) {
    await client.send(new s3.AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId })).catch(() => undefined);
    throw err;
  }
}
