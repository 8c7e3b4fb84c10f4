import { parentPort, workerData } from 'node:worker_threads';
import { catalogers } from '../catalogers/registry.js';
import { errorMessage } from '../core/errors.js';
import { fileJobPlugins, runFileJob } from '../core/file-job.js';
import type { WalkedFile } from '../core/walker.js';
import { scanners } from '../scanners/registry.js';
import type { WorkerSetup } from './worker-pool.js';

/** A scan worker: the same file job as the main thread, on batches the pool sends. */
const setup = workerData as WorkerSetup;
const plugins = fileJobPlugins(
  setup.root,
  setup.config,
  scanners.filter((s) => setup.scannerIds.includes(s.meta.id)),
  catalogers.filter((c) => setup.catalogerIds.includes(c.meta.id)),
);
if (setup.prepared) plugins.prepared = setup.prepared;

parentPort!.on('message', (msg: { id: number; files: WalkedFile[] }) => {
  runFileJob(msg.files, plugins).then(
    (result) => parentPort!.postMessage({ id: msg.id, result }),
    (err: unknown) => parentPort!.postMessage({ id: msg.id, error: errorMessage(err) }),
  );
});
