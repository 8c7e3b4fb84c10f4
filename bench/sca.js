// SCA benchmarks: OSV import rate beside `unzip -p` of the same archive; matching 10,000 packages and
// scanning a 5,000-entry package-lock.json, each as a whole CLI run beside `node -e ''`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export async function benchImport(root, row) {
  const work = path.join(root, 'bench', '.work', 'osv');
  const zip = path.join(work, 'all.zip');
  const count = buildOsvZip(root, work, zip, 60_000);
  const unzipMs = which('unzip') ? timeMs(() => execFileSync('sh', ['-c', `unzip -p '${zip}' > /dev/null`])) : NaN;
  const { importSources } = await import(path.join(root, 'dist', 'vulndb', 'importer.js'));
  const db = path.join(work, 'bench.sqlite');
  rmSync(db, { force: true });
  const t0 = performance.now();
  const result = await importSources([zip], db);
  const importMs = performance.now() - t0;
  console.log(`osv archive: ${count} advisories, ${(statSync(zip).size / 2 ** 20).toFixed(1)} MiB zipped; index ${(statSync(db).size / 2 ** 20).toFixed(1)} MiB (${result.advisories} stored)`);
  row('OSV import', count / (importMs / 1000), 'unzip -p > /dev/null (floor)', count / (unzipMs / 1000), 'adv/s', 'as close to the floor as we can');
  return db;
}

export function benchMatch(root, row, db, floorMs) {
  const dir = path.join(root, 'bench', '.work', 'lock-10k');
  writeLockfile(root, dir, 10_000);
  const ms = medianMs(5, () => cli(root, ['scan', dir, '--scanners', 'sca', '--db', db, '--format', 'json', '--quiet', '--output', '/dev/null']));
  row('match 10k packages (CLI)', ms, "node -e ''", floorMs, 'ms', '< 500 ms');
}

export function benchLockfile(root, row, db, floorMs) {
  const dir = path.join(root, 'bench', '.work', 'lock-5k');
  writeLockfile(root, dir, 5_000);
  const ms = medianMs(5, () => cli(root, ['scan', dir, '--scanners', 'sca', '--db', db, '--format', 'json', '--quiet', '--output', '/dev/null']));
  row('5k package-lock.json scan', ms, "node -e ''", floorMs, 'ms', 'about a second');
}

function cli(root, args) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'patchline.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`patchline ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

/** Real advisories from the shipped snapshot, repeated under new ids until the archive is large. */
function buildOsvZip(root, work, zip, target) {
  if (existsSync(zip)) return Number(readFileSync(`${zip}.count`, 'utf8'));
  const records = jsonFiles(path.join(root, 'data', 'osv-snapshot')).map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const staging = path.join(work, 'records');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  let n = 0;
  for (let copy = 0; n < target; copy++) {
    for (const r of records) {
      if (!r.id || n >= target) continue;
      // Copies affect renamed packages, so each package keeps a realistic number of advisories.
      const id = copy === 0 ? r.id : `${r.id}-BENCH${copy}`;
      const affected = copy === 0 ? r.affected : (r.affected ?? []).map((a) => ({ ...a, package: a.package && { ...a.package, name: `${a.package.name}-bench${copy}` } }));
      writeFileSync(path.join(staging, `${id}.json`), JSON.stringify({ ...r, id, affected }));
      n++;
    }
  }
  execFileSync('zip', ['-q', '-r', '-j', zip, staging]);
  rmSync(staging, { recursive: true, force: true });
  writeFileSync(`${zip}.count`, String(n));
  return n;
}

function jsonFiles(dir) {
  return readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)).filter((f) => f.endsWith('.json') && statSync(f).isFile());
}

/** A package-lock.json v3 of `count` entries: real package names from the npm advisories, then synthetic ones. */
function writeLockfile(root, dir, count) {
  const file = path.join(dir, 'package-lock.json');
  if (existsSync(file)) return;
  mkdirSync(dir, { recursive: true });
  const names = new Set();
  for (const f of jsonFiles(path.join(root, 'data', 'osv-snapshot', 'npm'))) {
    for (const a of JSON.parse(readFileSync(f, 'utf8')).affected ?? []) if (a.package?.name) names.add(a.package.name);
  }
  const packages = { '': { name: 'bench', version: '1.0.0', dependencies: {} } };
  const real = [...names];
  for (let i = 0; i < count; i++) {
    // Names with advisories first (renamed copies included), then names the database does not know.
    const name = i < real.length ? real[i] : i < 3 * real.length ? `${real[i % real.length]}-bench${Math.floor(i / real.length)}` : `bench-pkg-${i}`;
    packages[`node_modules/${name}`] = { version: `1.${i % 10}.${i % 7}`, resolved: `https://registry.npmjs.org/${name}/-/x.tgz` };
    if (i < 50) packages[''].dependencies[name] = '*';
  }
  writeFileSync(file, JSON.stringify({ name: 'bench', lockfileVersion: 3, requires: true, packages }, null, 2));
}

function which(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

function timeMs(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function medianMs(runs, fn) {
  const times = Array.from({ length: runs }, () => timeMs(fn)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}
