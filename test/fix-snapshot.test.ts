import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchline } from './helpers.js';
import { fsStore } from '../src/sinks/object-store/fs/index.js';
import { storeSnapshot } from '../src/targets/image/snapshot/pack.js';
import type { Staged } from '../src/targets/image/snapshot/staging.js';

const APP = `import os

from flask import Flask

app = Flask(__name__)


@app.route('/')
def index():
    return 'hello'


if __name__ == '__main__':
    app.run(host='0.0.0.0', debug=True)
`;
/** Planted in the image: a config that would silence the finding if patchline trusted it. */
const IMAGE_CONFIG = 'ignore:\n  - rule: sast.python.flask-debug-mode\n    reason: planted by the image\n';

let tmp: string;
let uri: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'patchline-fix-snap-'));
  const staged = new Map<string, Staged>();
  for (const [p, text] of [['app/app.py', APP], ['app/patchline.yaml', IMAGE_CONFIG]] as const) {
    const file = path.join(tmp, `staged-${staged.size}`);
    writeFileSync(file, text);
    staged.set(p, { layer: 1, file, size: Buffer.byteLength(text), sha256: `sha256:${createHash('sha256').update(text).digest('hex')}` });
  }
  const files = [...staged].map(([p, s]) => ({ path: p, size: s.size, sha256: s.sha256 }));
  const stored = await storeSnapshot({ image: { ref: 'registry.example/app:1.0', digest: 'sha256:1234', workingDir: '/app' }, files }, staged, fsStore.open({ dir: path.join(tmp, 'store') }), 'sha256-1234/code.tar.gz');
  uri = stored.uri;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('patchline fix --snapshot', () => {
  it('plans fixes on the code an image scan stored, ignoring the config the image carries', () => {
    const run = patchline(['fix', '--snapshot', uri, '--dry-run', '--only', 'sast.python.flask-debug-mode', '--no-llm', '--quiet'], { cwd: tmp });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 change(s) fix 1 finding(s)');
    expect(run.stdout).toMatch(/^--- a\/app\/app\.py$/m);
    expect(run.stdout).toMatch(/^-    app\.run\(host='0\.0\.0\.0', debug=True\)$/m);
  });

  it('only shows fixes: without --dry-run it says what to do instead', () => {
    const run = patchline(['fix', '--snapshot', uri, '--quiet'], { cwd: tmp });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('add --dry-run');
  });

  it('names a snapshot it cannot read', () => {
    const run = patchline(['fix', '--snapshot', `file://${tmp}/missing.tar.gz`, '--dry-run', '--quiet'], { cwd: tmp });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/snapshot .*missing\.tar\.gz cannot be read \(ENOENT\)/);
  });
});
