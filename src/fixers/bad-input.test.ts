import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../core/model.js';
import { planFixes } from './plan.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'patchline-fix-bad-'));
const root = path.join(tmp, 'repo');
mkdirSync(root);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function debugFinding(file: string, line: number): Finding {
  return {
    fingerprint: `debug-${file}-${line}-0000000000`,
    ruleId: 'sast.python.flask-debug-mode',
    scanner: 'sast',
    category: 'code',
    severity: 'high',
    confidence: 'high',
    title: 'debug',
    message: 'debug',
    cwe: ['CWE-489'],
    aliases: [],
    references: [],
    location: { kind: 'file', path: file, startLine: line },
  };
}

describe('fixing hostile or stale input', () => {
  it('does not follow a link out of the tree, nor a path with ..', async () => {
    writeFileSync(path.join(tmp, 'outside.py'), 'app.run(debug=True)\n');
    symlinkSync(path.join(tmp, 'outside.py'), path.join(root, 'linked.py'));
    const plan = await planFixes({ findings: [debugFinding('linked.py', 1), debugFinding('../outside.py', 1)], root, config: {} });
    expect(plan.changeSets).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['../outside.py cannot be read', 'linked.py cannot be read']);
  });

  it('leaves a file with a syntax error alone and says so', async () => {
    writeFileSync(path.join(root, 'broken.py'), 'def f(:\n    app.run(debug=True)\n');
    const plan = await planFixes({ findings: [debugFinding('broken.py', 2)], root, config: {} });
    expect(plan.skipped[0]!.reason).toBe('broken.py has a syntax error; fix it before patchline edits the file');
  });

  it('skips a finding a saved result reports but the file no longer has', async () => {
    writeFileSync(path.join(root, 'fixed.py'), 'import os\napp.run(debug=os.environ.get("FLASK_DEBUG") == "1")\n');
    const plan = await planFixes({ findings: [debugFinding('fixed.py', 2)], root, config: {} });
    expect(plan.changeSets).toEqual([]);
    expect(plan.skipped[0]!.reason).toBe('no debug=True at the reported line');
  });

  it('skips a finding whose file is gone', async () => {
    const plan = await planFixes({ findings: [debugFinding('missing.py', 1)], root, config: {} });
    expect(plan.skipped[0]!.reason).toBe('missing.py cannot be read');
  });
});
