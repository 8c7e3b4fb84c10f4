import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { extractSnapshot } from '../targets/snapshot/extract.js';
import { openSnapshotArchive } from '../targets/snapshot/fetch.js';

export interface SnapshotRoot {
  /** The image root the snapshot's files were unpacked under. */
  root: string;
  ref: string;
  /** Where patchline.yaml is read from: the current directory, never the image's own files. */
  configDir: string;
  dispose(): Promise<void>;
}

/**
 * `patchline fix --snapshot URI`: the code an image scan took out of the image becomes the tree to plan
 * fixes on. The image's files are untrusted, so its own patchline.yaml is never read; and with no
 * repository behind it, the fixes can only be shown.
 */
export function requireDryRunForSnapshot(dryRun: boolean): void {
  if (!dryRun) {
    throw new UsageError('fixes planned on an image snapshot can be shown, not delivered: add --dry-run, and apply them to the source repository with patchline fix REPO.');
  }
}

export async function snapshotRoot(uri: string, options: { configFile?: string; quiet: boolean }): Promise<SnapshotRoot> {
  const configDir = process.cwd();
  const { config } = await loadConfig(configDir, options.configFile);
  const root = await mkdtemp(path.join(tmpdir(), 'patchline-snapshot-'));
  try {
    const extracted = await extractSnapshot(await openSnapshotArchive(uri, config.snapshot), root);
    if (!options.quiet) for (const issue of extracted.issues) process.stderr.write(`warning: snapshot: ${issue.message}\n`);
    if (extracted.files.length === 0) throw new UsageError(`the snapshot ${uri} holds no usable files; check the URI in the image scan's result.`);
    return { root, ref: extracted.manifest?.image.ref ?? uri, configDir, dispose: () => rm(root, { recursive: true, force: true }) };
  } catch (err) {
    await rm(root, { recursive: true, force: true });
    throw err;
  }
}
