import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ScanIssue } from '../../../core/model.js';
import { formatBytes } from '../../../core/walker.js';

export interface SnapshotLimits {
  maxFiles: number;
  maxBytes: number;
}

export const DEFAULT_SNAPSHOT_LIMITS: SnapshotLimits = { maxFiles: 50_000, maxBytes: 1024 ** 3 };

export interface Staged {
  layer: number;
  /** The copy on disk. */
  file: string;
  size: number;
  sha256: string;
}

/**
 * Holds the selected files of every layer on disk until the final file tree is known. Files are
 * written under numbered names in a private temporary directory: an entry's path never becomes a path
 * on disk, so no entry can write outside it. A path written again by an upper layer replaces the lower copy.
 */
export class SnapshotStaging {
  readonly issues: ScanIssue[] = [];
  private readonly staged = new Map<string, Staged>();
  private dir: string | undefined;
  private count = 0;
  private bytes = 0;

  constructor(private readonly limits: SnapshotLimits = DEFAULT_SNAPSHOT_LIMITS) {}

  async add(layer: number, entryPath: string, content: Buffer): Promise<void> {
    const previous = this.staged.get(entryPath);
    if (!previous && this.staged.size >= this.limits.maxFiles) return this.refuse(entryPath, `more than ${this.limits.maxFiles} files selected for the code snapshot; narrow snapshot.include`);
    if (this.bytes - (previous?.size ?? 0) + content.length > this.limits.maxBytes) return this.refuse(entryPath, `the code snapshot would exceed ${formatBytes(this.limits.maxBytes)}; file left out`);
    this.dir ??= await mkdtemp(path.join(os.tmpdir(), 'patchline-snapshot-'));
    const file = path.join(this.dir, String(++this.count));
    await writeFile(file, content, { flag: 'wx', mode: 0o600 });
    if (previous) await rm(previous.file, { force: true });
    this.bytes += content.length - (previous?.size ?? 0);
    this.staged.set(entryPath, { layer, file, size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
  }

  /** The staged copy of `entryPath` if it is the one `layer` wrote (the layer the final tree shows). */
  stagedAs(entryPath: string, layer: number): Staged | undefined {
    const s = this.staged.get(entryPath);
    return s && s.layer === layer ? s : undefined;
  }

  async dispose(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  private refuse(entryPath: string, message: string): void {
    if (!this.issues.some((i) => i.message === message)) this.issues.push({ code: 'snapshot-limit', message, path: entryPath, scanner: 'image' });
  }
}
