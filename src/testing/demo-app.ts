import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromPackageRoot } from '../core/paths.js';
import { startPythonApp, type RunningApp } from './python-app.js';

/** The demo Flask app (examples/flask-app) and its expected-findings table, for tests. */

/**
 * Starts `python3 app.py` with a database of its own (a fresh temp dir, so what an active scan writes no
 * other test sees), removed again by `stop`.
 */
export async function startDemoApp(): Promise<RunningApp> {
  const data = mkdtempSync(path.join(tmpdir(), 'patchline-demo-'));
  const cleanup = () => rmSync(data, { recursive: true, force: true });
  try {
    const app = await startPythonApp(fromPackageRoot('examples', 'flask-app'), 'app.py', { NOTES_DATA_DIR: data });
    return { base: app.base, stop: () => { app.stop(); cleanup(); } };
  } catch (err) {
    cleanup();
    throw err;
  }
}

/** One row of examples/flask-app/VULNERABILITIES.md. */
export interface DemoRow {
  id: string;
  file: string;
  line: number | undefined;
  class: string;
  cwe: string;
  scanner: string;
  notes: string;
}

/** The demo app's expected-findings table. */
export function demoRows(): DemoRow[] {
  const text = readFileSync(fromPackageRoot('examples', 'flask-app', 'VULNERABILITIES.md'), 'utf8');
  return text
    .split('\n')
    .filter((l) => /^\|\s*V\d+\s*\|/.test(l))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim().replace(/^`|`$/g, '')))
    .map(([id, file, line, cls, cwe, scanner, notes]) => ({
      id: id!, file: file!, line: /^\d+$/.test(line!) ? Number(line) : undefined, class: cls!, cwe: cwe!, scanner: scanner!, notes: notes ?? '',
    }));
}
