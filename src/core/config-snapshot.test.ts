import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from './config.js';
import { configProblem } from '../testing/config-problem.js';

describe('patchline.yaml snapshot section', () => {
  it('accepts a directory or an S3 bucket with prefix, region and endpoint', async () => {
    const config = await parseConfig('snapshot:\n  s3: { bucket: my-snaps, prefix: patchline/snaps, region: eu-west-1, endpoint: "http://127.0.0.1:9000", forcePathStyle: true }\n');
    expect(config.snapshot?.s3).toEqual({ bucket: 'my-snaps', prefix: 'patchline/snaps', region: 'eu-west-1', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true });
  });

  it('resolves snapshot.dir against the config file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'patchline-snapcfg-'));
    await writeFile(path.join(dir, 'patchline.yaml'), 'snapshot:\n  dir: ./snaps\n');
    expect((await loadConfig(dir)).config.snapshot?.dir).toBe(path.join(dir, 'snaps'));
    await rm(dir, { recursive: true, force: true });
  });

  it('names the key and says what to write', async () => {
    expect(await configProblem('snapshot:\n  s3: { bucket: My_Bucket }\n')).toContain('snapshot.s3.bucket: an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens');
    expect(await configProblem('snapshot:\n  s3: { prefix: x }\n')).toContain('snapshot.s3.bucket: required — the bucket name, e.g. bucket: my-snapshots');
    expect(await configProblem('snapshot:\n  s3: { bucket: b-1, region: Europe }\n')).toContain('snapshot.s3.region: an AWS region such as eu-west-1');
    expect(await configProblem('snapshot:\n  s3: { bucket: b-1, endpoint: localhost }\n')).toContain('snapshot.s3.endpoint: the URL of an S3-compatible endpoint');
    expect(await configProblem('snapshot:\n  s3: { bucket: b-1, buckett: x }\n')).toContain("unknown key 'buckett'");
    expect(await configProblem('snapshot:\n  directory: x\n')).toContain("snapshot: unknown key 'directory' (allowed: include, dir, s3)");
  });
});
