import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PatchlineConfig } from '../core/config.js';
import type { FileJobResult } from '../core/file-job.js';
import type { FileJobPool } from '../core/pipeline.js';
import { fromPackageRoot } from '../core/paths.js';
import type { WalkedFile } from '../core/walker.js';

export interface WorkerSetup {
  root: string;
  config: PatchlineConfig;
  scannerIds: string[];
  catalogerIds: string[];
  /** The scanners' pre-pass results (core/prepare.ts), by scanner id. */
  prepared?: Record<string, unknown>;
}

interface Pending {
  resolve(r: FileJobResult): void;
  reject(e: Error): void;
}

/** Threads a scan uses by default: one per core, at most 4 (each worker holds its own copy of the plugins, ~40 MiB). */
export function defaultThreads(): number {
  return Math.min(availableParallelism(), 4);
}

/**
 * Worker threads that scan batches of files with the same plugins as the main thread (they load the
 * registries by id). Workers start on the first batch, so small scans never pay for them. The main thread
 * scans too (src/core/pipeline.ts), so N threads are N - 1 workers.
 */
export function workerPool(setup: WorkerSetup, size = defaultThreads() - 1): FileJobPool & { close(): Promise<void> } {
  const workers: Worker[] = [];
  const pending = new Map<number, Pending & { worker: Worker }>();
  let jobId = 0;
  let prepared: Record<string, unknown> | undefined;

  const start = (): void => {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerScript(), { workerData: { ...setup, ...(prepared && { prepared }) } });
      worker.on('message', (msg: { id: number; result?: FileJobResult; error?: string }) => {
        const job = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.result) job?.resolve(msg.result);
        else job?.reject(new Error(msg.error ?? 'worker failed'));
      });
      worker.on('error', (err) => {
        for (const [id, job] of pending) {
          if (job.worker !== worker) continue;
          pending.delete(id);
          job.reject(err);
        }
      });
      workers.push(worker);
    }
  };
  // Batches take unequal time: the next goes to the worker with the fewest waiting.
  const leastBusy = (): Worker => {
    const queued = new Map(workers.map((w) => [w, 0]));
    for (const job of pending.values()) queued.set(job.worker, queued.get(job.worker)! + 1);
    return workers.reduce((best, w) => (queued.get(w)! < queued.get(best)! ? w : best));
  };

  return {
    size,
    run(files: WalkedFile[]): Promise<FileJobResult> {
      if (workers.length === 0) start();
      const id = jobId++;
      const worker = leastBusy();
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        worker.postMessage({ id, files });
      });
    },
    share(data: Record<string, unknown>): void {
      // Workers start on the first batch, after the pre-pass: they are created with it.
      prepared = data;
    },
    async close(): Promise<void> {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The bundled worker when patchline runs from its bundle, else the compiled module beside this one. */
function workerScript(): URL | string {
  const bundled = fromPackageRoot('dist', 'bundle', 'scan-worker.js');
  return import.meta.url.includes('/dist/bundle/') && existsSync(bundled) ? bundled : new URL('./scan-worker.js', import.meta.url);
}
