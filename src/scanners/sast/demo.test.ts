import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../core/paths.js';
import { sastScanner } from './index.js';

const demo = (...p: string[]) => fromPackageRoot('examples', 'flask-app', ...p);

interface Row {
  id: string;
  file: string;
  line: number | undefined;
  cwe: string;
  scanner: string;
}

/** The `sast` rows of the demo app's expected-findings table. */
function sastRows(): Row[] {
  const text = readFileSync(demo('VULNERABILITIES.md'), 'utf8');
  return text
    .split('\n')
    .filter((l) => /^\|\s*V\d+\s*\|/.test(l))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()))
    .map(([id, file, line, , cwe, scanner]) => ({ id: id!, file: file!, line: /^\d+$/.test(line!) ? Number(line) : undefined, cwe: cwe!, scanner: scanner! }))
    .filter((r) => r.scanner === 'sast');
}

/** Rows the rules cannot see yet, each with the reason. */
const LEFT_FOR_LATER: Record<string, string> = {
};

describe('sast on the demo app (examples/flask-app)', () => {
  const findings = ['app.py', 'config.py', 'templates/notes.html'].flatMap((file) => {
    const text = readFileSync(demo(file), 'utf8');
    const out = sastScanner.scanFile({ path: file, size: text.length, text });
    expect(out.issues ?? [], file).toEqual([]);
    return out.findings;
  });
  const at = (file: string, line: number, cwe: string) =>
    findings.some((f) => f.location.kind === 'file' && f.location.path === file && f.location.startLine === line && f.cwe.includes(cwe));

  it('reports every sast row of VULNERABILITIES.md that the rules can see, at its file and line with its CWE', () => {
    const rows = sastRows();
    expect(rows.length).toBeGreaterThanOrEqual(16);
    const expected = rows.filter((r) => !(r.id in LEFT_FOR_LATER));
    expect(expected.map((r) => r.id)).toEqual(['V01', 'V02', 'V03', 'V04', 'V05', 'V06', 'V07', 'V08', 'V09', 'V10', 'V11', 'V12', 'V13', 'V14', 'V15', 'V16']);
    const missed = expected.filter((r) => r.line === undefined || !at(r.file, r.line, r.cwe));
    expect(missed.map((r) => `${r.id} ${r.file}:${r.line ?? '-'} ${r.cwe}`)).toEqual([]);
  });

  it('lists only real sast rows as left for later, and none of them is reported yet', () => {
    const rows = new Map(sastRows().map((r) => [r.id, r]));
    for (const id of Object.keys(LEFT_FOR_LATER)) {
      const row = rows.get(id);
      expect(row, id).toBeDefined();
      if (row?.line !== undefined) expect(at(row.file, row.line, row.cwe), `${id} is found now: move it to the expected rows`).toBe(false);
    }
  });

  it('reports nothing else in the demo app (no false positives on its safe code)', () => {
    const expectedLines = new Set(sastRows().filter((r) => r.line !== undefined).map((r) => `${r.file}:${r.line}`));
    const extra = findings.filter((f) => f.location.kind === 'file' && !expectedLines.has(`${f.location.path}:${f.location.startLine}`));
    expect(extra.map((f) => `${f.ruleId} ${f.location.kind === 'file' ? `${f.location.path}:${f.location.startLine}` : ''}`)).toEqual([]);
  });

  it('reports the taint rows with high confidence and the source → sink path in the message and evidence', () => {
    const taint = (ruleId: string) => findings.find((f) => f.ruleId === ruleId)!;
    expect(taint('sast.python.path-traversal').message).toBe(
      'Path from user input: request.args.get("file") (line 266) → filename → os.path.join → send_file (line 270)',
    );
    expect(taint('sast.python.ssrf').message).toBe('URL from user input: request.args.get("url", "") (line 340) → url → requests.get (line 349)');
    expect(taint('sast.python.open-redirect').message).toBe('Redirect target from user input: request.args.get("next") (line 192) → redirect (line 192)');
    for (const id of ['sast.python.path-traversal', 'sast.python.ssrf', 'sast.python.open-redirect', 'sast.python.sql-string-formatting', 'sast.python.os-command-injection']) {
      expect(taint(id).confidence, id).toBe('high');
    }
    expect(taint('sast.python.path-traversal').evidence).toBe(
      ['app.py:266 request.args.get("file")', 'app.py:266 filename', 'app.py:270 os.path.join', 'app.py:270 send_file'].join('\n'),
    );
  });

  it('never shows the hard-coded secret key in a snippet or fingerprint', () => {
    const key = findings.find((f) => f.ruleId === 'sast.python.hardcoded-secret-key');
    expect(key).toBeDefined();
    const shown = JSON.stringify(key);
    expect(shown).not.toContain('notes-secret-key');
    expect(key!.fingerprintContent).not.toMatch(/\d+:\d+/);
    expect(key!.fingerprintContent.startsWith('sast.python.hardcoded-secret-key|')).toBe(true);
  });
});
