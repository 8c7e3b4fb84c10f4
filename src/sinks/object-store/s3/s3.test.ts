import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExternalServiceError } from '../../../core/errors.js';
import { objectStoreConformance } from '../conformance.js';
import { s3Store } from './index.js';

let dir: string;
let server: S3rver;
let endpoint: string;
const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'patchline-s3rver-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'snapshots', configs: [] }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  // s3rver accepts only these keys; the store takes credentials from the SDK's default chain (env first).
  process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
});
afterAll(async () => {
  process.env.AWS_ACCESS_KEY_ID = saved.id;
  process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
  if (saved.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
  if (saved.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function read(uri: string): Promise<Buffer> {
  const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri)!;
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true });
  const res = await client.send(new GetObjectCommand({ Bucket: m[1], Key: m[2] }));
  const out = Buffer.from(await res.Body!.transformToByteArray());
  client.destroy();
  return out;
}

describe('s3 object store (s3rver)', () => {
  objectStoreConformance({
    store: () => s3Store.open({ bucket: 'snapshots', prefix: 'patchline/snaps', region: 'us-east-1', endpoint }),
    read,
    uriPattern: /^s3:\/\/snapshots\/patchline\/snaps\/.+/,
  });

  it('says what to do when the bucket does not exist', async () => {
    const err = await s3Store.open({ bucket: 'nope', region: 'us-east-1', endpoint }).put('x.txt', Readable.from([Buffer.from('x')]), 'text/plain').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExternalServiceError);
    expect((err as Error).message).toBe('cannot store s3://nope/x.txt (NoSuchBucket); create the bucket or fix snapshot.s3.bucket.');
  });

  it('refuses a prefix that climbs', () => {
    expect(() => s3Store.open({ bucket: 'snapshots', prefix: '../x', endpoint })).toThrow(/not a valid object key/);
  });
});
