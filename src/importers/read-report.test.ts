import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportJson, readReport } from './read-report.js';

const dir = mkdtempSync(path.join(tmpdir(), 'patchline-read-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readReport', () => {
  it('reads a file under the limit and refuses one over it', async () => {
    const file = path.join(dir, 'r.json');
    writeFileSync(file, '{"a": 1}');
    const ok = await readReport(file);
    expect(ok.ok && ok.input.bytes.toString()).toBe('{"a": 1}');
    expect(await readReport(file, 4)).toEqual({ ok: false, issue: expect.objectContaining({ code: 'too-large', path: file }) });
  });

  it('turns a missing file or a directory into an issue', async () => {
    expect(await readReport(path.join(dir, 'nope.json'))).toEqual({ ok: false, issue: expect.objectContaining({ code: 'read-error', message: expect.stringContaining('ENOENT') }) });
    expect(await readReport(dir)).toEqual({ ok: false, issue: expect.objectContaining({ code: 'not-a-file' }) });
  });
});

describe('parseReportJson', () => {
  it('parses JSON with a byte-order mark', () => {
    expect(parseReportJson({ name: 'a', bytes: Buffer.from('\ufeff{"x": [1]}') })).toEqual({ ok: true, value: { x: [1] } });
  });

  it('names the file, line and column of a syntax error', () => {
    const out = parseReportJson({ name: 'r.json', bytes: Buffer.from('{\n  "a": 1,\n  "b": tru\n}') });
    expect(out).toEqual({ ok: false, issue: { code: 'parse-error', path: 'r.json', message: expect.stringMatching(/^r\.json is not valid JSON at line 3, column 8: /) } });
    const empty = parseReportJson({ name: 'e.json', bytes: Buffer.alloc(0) });
    expect(empty.ok || empty.issue.message).toMatch(/^e\.json is not valid JSON at line 1, column 1/);
  });
});
