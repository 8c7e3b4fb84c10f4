import { z } from 'zod';

/** The `snapshot:` section of patchline.yaml: where the code snapshot of a scanned image is stored. */
export const SnapshotConfigSchema = z.strictObject({
  /** Globs relative to the image root taken besides WORKDIR, e.g. ["srv/app/**", "opt/service/*.py"]. */
  include: z.array(z.string().min(1), { error: 'a list of globs relative to the image root, e.g. ["srv/app/**"]' }).optional(),
  /** A local directory (default `<cache>/patchline/snapshots`); relative to the config file. */
  dir: z.string().min(1, 'a directory path, e.g. ./snapshots').optional(),
  s3: z
    .strictObject({
      bucket: z
        .string({ error: 'the bucket name, e.g. bucket: my-snapshots' })
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens'),
      prefix: z.string().regex(/^[A-Za-z0-9._/=@+-]*$/, 'a key prefix of letters, digits and . _ - / (e.g. patchline/snapshots)').optional(),
      region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'an AWS region such as eu-west-1').optional(),
      endpoint: z.url({ error: 'the URL of an S3-compatible endpoint, e.g. http://127.0.0.1:9000' }).optional(),
      forcePathStyle: z.boolean().optional(),
    })
    .optional(),
});
export type SnapshotConfig = z.infer<typeof SnapshotConfigSchema>;

export const SNAPSHOT_KNOWN_KEYS: Record<string, string[]> = {
  snapshot: ['include', 'dir', 's3'],
  'snapshot.s3': ['bucket', 'prefix', 'region', 'endpoint', 'forcePathStyle'],
};
