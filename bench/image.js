// Image benchmark: reading a generated ≥300 MB, 6-layer image beside the physical limit (gzip -dc of
// every layer to /dev/null) and beside what a user would do by hand (skopeo copy + umoci unpack).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { generateImage } from './image-gen.js';

const RUNS = 3;

function which(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** The median wall time (and the largest peak RSS) of `runs` runs: the machine is shared, single runs are noise. */
function median(runs, fn) {
  const all = Array.from({ length: runs }, fn);
  const ms = all.map((m) => m.ms).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { ms, rssMiB: Math.max(...all.map((m) => m.rssMiB)) };
}

/** Wall time (ms) and peak RSS (MiB) of a command, by /usr/bin/time. */
function measure(cmd, args, env = process.env) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const lines = r.stderr.toString().trim().split('\n');
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${lines.slice(-5).join('\n')}`);
  return { ms, rssMiB: Number(lines.at(-1)) / 1024 };
}

function gunzipAll(layers) {
  return measure('sh', ['-c', layers.map((l) => `gzip -dc '${l}' > /dev/null`).join(' && ')]);
}

/** openImage + every layer streamed (digest-verified) and inflated to nothing: the source side alone, like the floor. */
function readLayers(root, ref) {
  const script = `
    import { openImage } from ${JSON.stringify(path.join(root, 'dist', 'targets', 'image', 'open-image.js'))};
    import { createGunzip } from 'node:zlib';
    import { Writable } from 'node:stream';
    import { pipeline } from 'node:stream/promises';
    const image = await openImage(${JSON.stringify(ref)});
    for (const layer of image.layers) {
      await pipeline(await image.openLayer(layer), createGunzip(), new Writable({ write(_c, _e, done) { done(); } }));
    }
    await image.close();`;
  return measure(process.execPath, ['--input-type=module', '-e', script]);
}

const defaultDb = () => process.env.PATCHLINE_DB ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'patchline', 'vulndb.sqlite');

/** The whole CLI scan with an empty layer cache (a fresh XDG_CACHE_HOME) and the usual vulnerability DB. */
function cliScan(root, ref, cache) {
  const env = { ...process.env, XDG_CACHE_HOME: cache, NO_COLOR: '1' };
  return measure(process.execPath, [path.join(root, 'bin', 'patchline.js'), 'image', ref, '--db', defaultDb(), '--format', 'json', '--quiet', '--output', '/dev/null'], env);
}

/** Builds the vulnerability DB first if it is missing, so that the timed runs only scan. */
function warmUp(root) {
  if (existsSync(defaultDb())) return;
  const alpine = path.join(root, '..', 'shared', 'fixtures', 'images', 'alpine-310', 'alpine-310.tar.gz');
  spawnSync(process.execPath, [path.join(root, 'bin', 'patchline.js'), 'image', `docker-archive:${alpine}`, '--quiet', '--output', '/dev/null'], { stdio: 'ignore' });
}

function handTools(layout) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'patchline-bench-skopeo-'));
  try {
    const copy = measure('skopeo', ['copy', '--quiet', `oci:${layout}:bench`, `oci:${tmp}/copy:bench`]);
    const unpack = measure('umoci', ['unpack', '--rootless', '--image', `${tmp}/copy:bench`, `${tmp}/bundle`]);
    return { ms: copy.ms + unpack.ms, rssMiB: Math.max(copy.rssMiB, unpack.rssMiB) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function benchImage(root, row) {
  const image = await generateImage(path.join(root, 'bench', '.work', 'image'));
  console.log(`image: ${image.layers.length} gzip layers, ${(image.storedBytes / 2 ** 20).toFixed(0)} MiB stored (docker-archive and OCI layout)`);
  warmUp(root);
  const floor = median(RUNS, () => gunzipAll(image.layers));
  const report = (name, m) => {
    row(name, m.ms, 'gzip -dc every layer', floor.ms, 'ms', '<= 1.5x');
    console.log(`${''.padEnd(28)} peak RSS ${m.rssMiB.toFixed(0)} MiB (goal < 256 MiB)`);
  };
  for (const [label, ref] of [['docker-archive', `docker-archive:${image.archive}`], ['oci', `oci:${image.layout}:bench`]]) {
    report(`openImage+read (${label})`, median(RUNS, () => readLayers(root, ref)));
    const cache = mkdtempSync(path.join(tmpdir(), 'patchline-bench-cache-'));
    try {
      report(`patchline image (${label})`, median(RUNS, () => {
        rmSync(path.join(cache, 'patchline'), { recursive: true, force: true });
        return cliScan(root, ref, cache);
      }));
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  if (which('skopeo') && which('umoci')) {
    const hand = handTools(image.layout);
    row('skopeo copy + umoci unpack', hand.ms, 'gzip -dc every layer', floor.ms, 'ms', '(peer, by hand)');
  } else {
    console.log('skopeo/umoci not installed: peer row skipped (apt-get install skopeo umoci)');
  }
}
