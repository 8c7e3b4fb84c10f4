import type { S3Client } from '@aws-sdk/client-s3';
import { pipeline } from 'node:stream/promises';
import { ExternalServiceError, PatchlineError } from '../../../core/errors.js';
import { checkObjectKey, measure } from '../object-key.js';
import type { ObjectStore, ObjectStorePlugin } from '../types.js';
import { uploadStream } from './upload.js';

export interface S3StoreSettings {
  bucket: string;
  /** Prepended to every key, e.g. `patchline/snapshots`. */
  prefix?: string;
  region?: string;
  /** An S3-compatible endpoint (MinIO, Ceph, s3rver); implies path-style addressing unless told otherwise. */
  endpoint?: string;
  forcePathStyle?: boolean;
}

export async function s3Client(settings: Pick<S3StoreSettings, 'region' | 'endpoint' | 'forcePathStyle'>): Promise<S3Client> {
  const [{ S3Client }, { NodeHttpHandler }] = await Promise.all([import('@aws-sdk/client-s3'), import('@smithy/node-http-handler')]);
  return new S3Client({
    region: settings.region ?? process.env.AWS_REGION ?? 'us-east-1',
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle ?? Boolean(settings.endpoint),
    requestHandler: new NodeHttpHandler({ connectionTimeout: 30_000, requestTimeout: 120_000 }),
  });
}

function explain(err: unknown, where: string): PatchlineError {
  if (err instanceof PatchlineError) return err;
  const name = (err as Error).name || 'error';
  const hint = /NoSuchBucket/.test(name)
    ? 'create the bucket or fix snapshot.s3.bucket'
    : /AccessDenied|Forbidden|Credential|SignatureDoesNotMatch|InvalidAccessKeyId/i.test(`${name} ${(err as Error).message}`)
      ? 'check the AWS credentials and that they may s3:PutObject there'
      : 'check snapshot.s3 (region, endpoint) and the network';
  return new ExternalServiceError(`cannot store ${where} (${name}); ${hint}.`, { cause: err });
}

export const s3Store = {
  meta: { id: 's3', version: '1.0.0', summary: 'Amazon S3 or an S3-compatible store: s3://bucket/key URIs, multipart for large objects' },
  open(settings: S3StoreSettings): ObjectStore {
    const prefix = settings.prefix ? checkObjectKey(settings.prefix.replace(/^\/+|\/+$/g, '')) : '';
    return {
      id: 's3',
      async put(key, body, contentType, signal) {
        const fullKey = prefix ? `${prefix}/${checkObjectKey(key)}` : checkObjectKey(key);
        const where = `s3://${settings.bucket}/${fullKey}`;
        const s3 = await s3Client(settings);
        const m = measure();
        try {
          await Promise.all([
            pipeline(body, m.stream),
            uploadStream({ client: s3, bucket: settings.bucket, key: fullKey, contentType, ...(signal ? { signal } : {}) }, m.stream),
          ]);
        } catch (err) {
          body.destroy();
          throw explain(err, where);
        } finally {
          s3.destroy();
        }
        return { uri: where, ...m.result() };
      },
    };
  },
} satisfies ObjectStorePlugin<S3StoreSettings>;
