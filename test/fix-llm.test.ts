import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchlineAsync } from './helpers.js';
import { FakeLlmServer } from '../src/fixers/llm/testdata/llm-server.js';

const APP = `import os

from flask import Flask, request, send_file

app = Flask(__name__)
BASE = '/srv/files'


@app.route('/download')
def download():
    name = request.args.get('name', '')
    return send_file(os.path.join(BASE, name))
`;

const ANSWER = JSON.stringify({
  edits: [{
    path: 'app.py', startLine: 12, endLine: 12,
    replacement: "    path = os.path.realpath(os.path.join(BASE, name))\n    if not path.startswith(BASE + os.sep):\n        return 'not found', 404\n    return send_file(path)",
  }],
  explanation: 'Resolve the path and refuse anything outside BASE.',
});

const server = new FakeLlmServer();
let tmp: string;
let base: string;

beforeAll(async () => {
  base = await server.start();
  tmp = mkdtempSync(path.join(tmpdir(), 'patchline-fix-llm-'));
  writeFileSync(path.join(tmp, 'app.py'), APP);
  writeFileSync(path.join(tmp, 'patchline.yaml'), `llm:\n  provider: openai\n  baseUrl: ${base}/v1\n  model: qwen2.5-coder:7b\n  apiKeyEnv: PATCHLINE_TEST_OPENAI_KEY\n`);
});
afterAll(async () => {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('patchline fix with an llm: section', () => {
  it('asks the configured model for what no deterministic fixer handles and shows its change with provenance', async () => {
    server.enqueue({ text: ANSWER, inputTokens: 900, outputTokens: 80 });
    const run = await patchlineAsync(['fix', tmp, '--dry-run', '--only', 'sast.python.path-traversal', '--quiet'], { env: { PATCHLINE_TEST_OPENAI_KEY: 'sk-local-test-0123456789' } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 change(s) fix 1 finding(s)');
    expect(run.stdout).toMatch(/\(llm, [0-9a-f]+\)/);
    expect(run.stdout).toMatch(/by: openai qwen2\.5-coder:7b \(prompt sha256 [0-9a-f]{12}, 900 in \/ 80 out tokens\)/);
    expect(run.stdout).toMatch(/^\+    if not path\.startswith\(BASE \+ os\.sep\):$/m);
    expect(run.stdout).toMatch(/^-    return send_file\(os\.path\.join\(BASE, name\)\)$/m);
    expect(readFileSync(path.join(tmp, 'app.py'), 'utf8')).toBe(APP);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-local-test-0123456789');
  });

  it('leaves the model out with --no-llm', async () => {
    server.reset();
    const run = await patchlineAsync(['fix', tmp, '--dry-run', '--no-llm', '--only', 'sast.python.path-traversal', '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('0 change(s) fix 0 finding(s); 1 finding(s) not fixed.');
    expect(server.requests).toHaveLength(0);
  });
});
