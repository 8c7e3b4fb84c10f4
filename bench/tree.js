// A generated tree of ordinary source files for the throughput benchmark, built once and reused.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SNIPPETS = [
  'def handler(request):\n    user = request.args.get("user")\n    return render(user)\n',
  'const express = require("express");\nconst app = express();\napp.get("/", (req, res) => res.send("ok"));\n',
  'import os\nDATABASE_URL = os.environ["DATABASE_URL"]\npassword = os.environ.get("DB_PASSWORD")\n',
  '# configuration\nlog_level: info\ntimeout: 30\nretries: 3\ntoken_ttl: 3600\n',
  'function add(a, b) {\n  return a + b; // plain arithmetic\n}\nmodule.exports = { add };\n',
  'class Repository:\n    def __init__(self, session):\n        self.session = session\n\n    def all(self):\n        return self.session.query(Item).all()\n',
  '<div class="card">\n  <h2>{{ title }}</h2>\n  <p>{{ body }}</p>\n</div>\n',
];
const EXTENSIONS = ['py', 'js', 'yaml', 'html', 'ts', 'md'];

/** Deterministic pseudo-random numbers so every run builds the same tree. */
function rng(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

export async function generateTree(dir, count) {
  const marker = path.join(dir, '.complete');
  if (!existsSync(marker)) {
    const rand = rng(42);
    for (let i = 0; i < count; i++) {
      const sub = path.join(dir, `pkg${i % 200}`, `mod${i % 7}`);
      if (i < 1400) await mkdir(sub, { recursive: true });
      let body = '';
      const target = 1024 + Math.floor(rand() * 6144);
      while (body.length < target) body += SNIPPETS[Math.floor(rand() * SNIPPETS.length)];
      if (i % 997 === 0) body += `aws_key = "AKIA${String(i).padStart(16, 'Q').slice(-16).replace(/\d/g, 'Z')}"\n`;
      await writeFile(path.join(sub, `file${i}.${EXTENSIONS[i % EXTENSIONS.length]}`), body);
    }
    await writeFile(marker, String(count));
  }
  let files = 0;
  let bytes = 0;
  for (const f of await readdir(dir, { recursive: true })) {
    const st = await stat(path.join(dir, f));
    if (st.isFile() && f !== '.complete') {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

/** The floor: list and read every file once, in one process, as fast as Node can. */
export async function readAll(dir) {
  const t0 = process.hrtime.bigint();
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = names.filter((d) => d.isFile()).map((d) => path.join(d.parentPath ?? d.path, d.name));
  for (let i = 0; i < paths.length; i += 64) await Promise.all(paths.slice(i, i + 64).map((p) => readFile(p)));
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
