// DAST on the demo app: a full passive scan (and, when active rules exist, one with --active) beside the
// floor — one GET per page the crawl discovered. Requests are counted where they land: the app's log.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REQUEST_LINE = /"(GET|POST|HEAD|OPTIONS|PUT|DELETE|PATCH) (\S+) HTTP\/1\.[01]" (\d{3})/;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** python3 app.py on a free port with its own database; every request it logs is recorded. */
async function startDemo(root) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'patchline-bench-dast-'));
  const child = spawn('python3', ['app.py'], {
    cwd: path.join(root, 'examples', 'flask-app'),
    // boto3 (the demo's S3 backup) fails at once on a closed loopback port instead of retrying AWS.
    env: { ...process.env, AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_MAX_ATTEMPTS: '1', PORT: String(port), HOST: '127.0.0.1', NOTES_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const log = [];
  let partial = '';
  child.stderr.on('data', (chunk) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop();
    for (const line of lines) {
      const m = REQUEST_LINE.exec(line);
      if (m) log.push({ method: m[1], path: m[2], status: Number(m[3]) });
    }
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`${base}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { base, log, stop: () => { child.kill('SIGTERM'); rmSync(dataDir, { recursive: true, force: true }); } };
}

/** Runs the CLI without blocking this process, so the app's request log keeps flowing in meanwhile. */
function scan(root, cli, base, extra) {
  const config = path.join(root, 'examples', 'flask-app', 'patchline.yaml');
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [cli, 'dast', base, '--config', config, '--format', 'json', '--quiet', '--fail-on', 'none', ...extra], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  child.stdout.on('data', (c) => out.push(c));
  child.stderr.on('data', (c) => err.push(c));
  return new Promise((resolve, reject) => {
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (status !== 0) return reject(new Error(`dast scan exited ${status}: ${Buffer.concat(err)}`));
      // The app writes its log line after the answer: give the last ones a moment to arrive.
      setTimeout(() => resolve({ ms, findings: JSON.parse(Buffer.concat(out).toString()).findings.length }), 300);
    });
  });
}

/** The floor: sign in once, then GET each URL the crawl found (slow ones included), one after the other. */
async function floor(base, pages) {
  const t0 = process.hrtime.bigint();
  const login = await fetch(`${base}/login`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ username: 'alice', password: 'wonderland' }) });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  for (const page of pages) {
    try {
      await (await fetch(`${base}${page}`, { headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(10_000) })).arrayBuffer();
    } catch {
      // A page that hangs costs the floor its timeout, as it costs the scan.
    }
  }
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function benchDast(root, cli, row) {
  const demo = await startDemo(root);
  try {
    demo.log.length = 0;
    const passive = await scan(root, cli, demo.base, []);
    const requests = demo.log.length;
    const pages = [...new Set(demo.log.filter((e) => e.method === 'GET').map((e) => e.path))];
    const floorMs = await floor(demo.base, pages);
    console.log(`dast passive: ${passive.findings} findings, ${requests} requests for ${pages.length} pages (floor: ${pages.length + 1} requests)`);
    row('dast passive scan (demo)', passive.ms, 'one GET per page (floor)', floorMs, 'ms', '< 30000 ms');
    row('dast passive requests', requests, 'one GET per page (floor)', pages.length + 1, 'req', 'near 1x');

    demo.log.length = 0;
    const active = await scan(root, cli, demo.base, ['--active']);
    console.log(`dast full (--active): ${active.findings} findings, ${demo.log.length} requests`);
    row('dast full scan (demo)', active.ms, 'passive scan', passive.ms, 'ms', '< 30000 ms');
  } finally {
    demo.stop();
  }
}
