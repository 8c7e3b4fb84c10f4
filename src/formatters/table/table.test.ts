import { afterEach, describe, expect, it } from 'vitest';
import type { ScanIssue, ScanResult } from '../../core/model.js';
import { compareGolden, loadSample, sampleGate } from '../testdata/golden.js';
import { renderTable, tableFormatter } from './index.js';

const ESC = /\u001b/;
const sample = loadSample();

function empty(overrides: Partial<ScanResult> = {}): ScanResult {
  const { properties: _none, ...rest } = sample;
  return { ...rest, findings: [], issues: [], packages: [], scanners: ['secrets'], durationMs: 120, ...overrides };
}

describe('table formatter', () => {
  const columns = Object.getOwnPropertyDescriptor(process.stdout, 'columns');
  afterEach(() => {
    if (columns) Object.defineProperty(process.stdout, 'columns', columns);
    else delete (process.stdout as { columns?: number }).columns;
  });

  it('matches the golden file (colour off, 100 columns)', () => {
    const out = renderTable(sample, { color: false, gate: sampleGate(sample) }, 100);
    const { expected, actual } = compareGolden('demo', 'table', out);
    expect(actual).toBe(expected);
  });

  it('groups by severity, most severe first, with counts', () => {
    const out = renderTable(sample, { color: false }, 100);
    const headers = out.split('\n').filter((l) => /^[A-Z]+ \(\d+\)$/.test(l));
    expect(headers).toEqual(['CRITICAL (1)', 'HIGH (4)', 'MEDIUM (3)', 'LOW (1)', 'INFO (1)']);
  });

  it('fits every line but the summary into the width', () => {
    for (const width of [40, 60, 100]) {
      const lines = renderTable(sample, { color: false }, width).trimEnd().split('\n');
      for (const line of lines.slice(0, -1)) expect(Array.from(line).length).toBeLessThanOrEqual(width);
    }
  });

  it('uses the terminal width when stdout has one, else 100', () => {
    Object.defineProperty(process.stdout, 'columns', { value: 50, configurable: true });
    const narrow = tableFormatter.render(sample, { color: false });
    expect(narrow.split('\n').slice(0, -2).every((l) => Array.from(l).length <= 50)).toBe(true);
    Object.defineProperty(process.stdout, 'columns', { value: undefined, configurable: true });
    expect(tableFormatter.render(sample, { color: false })).toBe(renderTable(sample, { color: false }, 100));
  });

  it('colours severities and headers only when asked', () => {
    expect(renderTable(sample, { color: false }, 100)).not.toMatch(ESC);
    const coloured = renderTable(sample, { color: true, gate: sampleGate(sample) }, 100);
    expect(coloured).toContain('\u001b[1;31m  critical');
    expect(coloured).toContain('\u001b[2m            fix:');
  });

  it('hides findings under an active exception but counts them', () => {
    const out = renderTable(sample, { color: false }, 100);
    expect(out).not.toContain('PL-DOCKER-APT-NO-RECOMMENDS');
    expect(out.trimEnd().split('\n').at(-1)).toContain('· 1 suppressed ·');
  });

  it('lists findings whose exception expired, marked with date and reason', () => {
    const out = renderTable(sample, { color: false }, 200);
    expect(out).toContain('[exception expired 2025-01-01: Pinned by the release pipeline until base images are mirrored]');
  });

  it('shows each location kind', () => {
    const out = renderTable(sample, { color: false }, 200);
    expect(out).toContain('            config.py:14\n');
    expect(out).toContain('            flask@2.0.1 (PyPI, requirements.txt:3)\n');
    expect(out).toContain('            jinja2@2.11.2 (PyPI)\n');
    expect(out).toContain('            GET http://127.0.0.1:5000/\n');
  });

  it('summarizes issues by code with a few example paths and lists parse errors one by one', () => {
    const issues: ScanIssue[] = [
      ...Array.from({ length: 12 }, (_, i) => ({ code: 'binary-file', message: 'Binary file skipped', path: `img/${i}.png` })),
      { code: 'parse-error', message: 'bad YAML at line 3', path: 'ci.yml', scanner: 'secrets' },
      { code: 'advisory-range', message: 'bad range in GHSA-x' },
    ];
    const out = renderTable(empty({ issues }), { color: false }, 200);
    expect(out).toContain('  12 files skipped (binary-file): img/0.png, img/1.png, img/2.png, … (9 more)\n');
    expect(out).toContain('  parse-error  ci.yml: bad YAML at line 3 (secrets)\n');
    expect(out).toContain('  1 issue (advisory-range): bad range in GHSA-x\n');
    expect(out).not.toContain('img/3.png');
  });

  it('ends with a one-line summary and the gate verdict', () => {
    const failed = renderTable(sample, { color: false, gate: sampleGate(sample) }, 100).trimEnd().split('\n').at(-1);
    expect(failed).toBe(
      '10 findings (1 critical, 4 high, 3 medium, 1 low, 1 info) · 1 suppressed · 7 issues · scanned with dast, dockerfile, sast, sca, secrets in 0.42s · gate: FAILED (5 at or above high)',
    );
    const passed = renderTable(empty(), { color: false, gate: { failOn: 'high', failed: false, count: 0 } }, 100);
    expect(passed).toBe('No findings.\n\n0 findings · scanned with secrets in 0.12s · gate: passed\n');
  });

  it("lists imported reports' properties, escaped", () => {
    const out = renderTable(empty({ properties: { 'sonarqube.qualityGate': 'ERROR\x1b[31m' } }), { color: false }, 100);
    expect(out).toContain('Imported reports\n  sonarqube.qualityGate: ERROR\\x1b[31m\n');
  });

  it('escapes terminal control sequences in scanned text', () => {
    const hostile = structuredClone(sample);
    hostile.findings[1]!.message = 'ok\u001b[2J\u001b]0;pwned\u0007 \u202egnp.exe';
    hostile.findings[1]!.location = { kind: 'file', path: 'a\nb.py', startLine: 3 };
    const out = renderTable(hostile, { color: true }, 200);
    expect(out).toContain('ok\\x1b[2J\\x1b]0;pwned\\x07 \\u202egnp.exe');
    expect(out).toContain('a b.py:3');
    expect(out).not.toMatch(/\u001b\[2J|\u0007|\u202e/);
  });
});
