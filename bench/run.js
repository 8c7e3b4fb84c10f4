// Benchmarks, printed not asserted: each capability beside its floor (or a peer tool), with the ratio.
//   npm run bench            all
//   npm run bench -- startup only the named ones (startup, demo, secrets, sca, sast, dast, image)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchFix } from './fix.js';
import { benchImport, benchLockfile, benchMatch } from './sca.js';
import { benchDast } from './dast.js';
import { benchImage } from './image.js';
import { benchCorpus, benchStdlib } from './sast.js';
import { generateTree, readAll } from './tree.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'bin', 'patchline.js');
const wanted = new Set(process.argv.slice(2));
const want = (name) => wanted.size === 0 || wanted.has(name);

if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

function timeCommand(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function row(name, value, floorName, floor, unit, goal) {
  const ratio = unit === 'ms' ? value / floor : floor / value;
  console.log(`${name.padEnd(28)} ${value.toFixed(1).padStart(8)} ${unit.padEnd(5)} | ${floorName.padEnd(26)} ${floor.toFixed(1).padStart(8)} ${unit.padEnd(5)} | ratio ${ratio.toFixed(2)}x | goal ${goal}`);
}

console.log(`patchline benchmarks — node ${process.version}, ${process.arch}`);

if (want('startup')) {
  const floor = timeCommand(['-e', ''], 15);
  const start = timeCommand([cli, '--version'], 15);
  row('start-up (--version)', start, "node -e ''", floor, 'ms', '< 150 ms');
}

if (want('demo')) {
  const floor = timeCommand(['-e', ''], 10);
  const scan = timeCommand([cli, 'scan', 'examples/flask-app', '--format', 'json', '--quiet'], 10);
  row('demo-app scan', scan, "node -e ''", floor, 'ms', '< 1000 ms');
}

if (want('secrets')) {
  const tree = path.join(root, 'bench', '.work', 'tree-50k');
  const { files, bytes } = await generateTree(tree, 50_000);
  const mb = bytes / (1024 * 1024);
  const readMs = await readAll(tree);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'scan', tree, '--scanners', 'secrets', '--format', 'json', '--quiet', '--output', '/dev/null'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const scanMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`secrets scan failed: ${r.stderr}`);
  console.log(`secrets tree: ${files} files, ${mb.toFixed(1)} MiB`);
  row('secrets scan throughput', mb / (scanMs / 1000), 'read every file (floor)', mb / (readMs / 1000), 'MB/s', '>= 50 MB/s');
}

if (want('sca')) {
  const floor = timeCommand(['-e', ''], 10);
  const db = await benchImport(root, row);
  benchMatch(root, row, db, floor);
  benchLockfile(root, row, db, floor);
}

if (want('sast')) {
  benchStdlib(root, row);
  benchCorpus(root);
}

if (want('dast')) {
  await benchDast(root, cli, row);
}

if (want('image')) {
  await benchImage(root, row);
}

if (want('fix')) {
  benchFix(root, row);
}
