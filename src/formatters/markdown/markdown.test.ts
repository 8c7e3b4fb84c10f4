import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../core/model.js';
import { compareGolden, loadSample, sampleGate } from '../testdata/golden.js';
import { markdownFormatter } from './index.js';
import { MAX_FINDINGS } from './sections.js';

const sample = loadSample();
const render = (result: ScanResult, gate = sampleGate(result)): string =>
  markdownFormatter.render(result, { color: false, gate });

/** Cells of a Markdown table row, split on unescaped pipes. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

describe('markdown formatter', () => {
  it('matches the golden file', () => {
    const { expected, actual } = compareGolden('demo', 'markdown', render(sample));
    expect(actual).toBe(expected);
  });

  it('has a title, the gate verdict and a severity count table', () => {
    const out = render(sample);
    expect(out.startsWith('## patchline: 10 findings in examples/flask-app\n')).toBe(true);
    expect(out).toContain('**Gate: FAILED** — 5 findings at or above `high`.');
    expect(out).toContain('| `CRITICAL` | 1 |');
    expect(out).toContain('| Suppressed | 1 |');
    const passed = render(sample, { failOn: 'critical', failed: false, count: 0 });
    expect(passed).toContain('**Gate: passed**');
    expect(markdownFormatter.render(sample, { color: false })).not.toContain('**Gate');
  });

  it('lists findings most severe first and leaves out suppressed ones', () => {
    const rows = render(sample).split('\n').filter((l) => /^\| `[A-Z]+` \| [^0-9]/.test(l));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toContain('`CRITICAL`');
    expect(rows.at(-1)).toContain('`INFO`');
    expect(render(sample)).not.toContain('PL-DOCKER-APT-NO-RECOMMENDS');
  });

  it('lists expired exceptions and counts issues', () => {
    const out = render(sample);
    expect(out).toContain('### Expired exceptions');
    expect(out).toContain('| PL-DOCKER-LATEST-TAG | Dockerfile:1 | 2025-01-01 | Pinned by the release pipeline until base images are mirrored |');
    expect(out).toContain('**7 non-fatal issues** while scanning: 4 × binary-file, 1 × too-large, 2 × parse-error.');
  });

  it(`shows at most ${MAX_FINDINGS} findings and says how many more there are`, () => {
    const base = sample.findings[1]!;
    const many: Finding[] = Array.from({ length: 73 }, (_, i) => ({
      ...base,
      fingerprint: `f${i}`,
      location: { kind: 'file', path: `src/m${String(i).padStart(2, '0')}.py`, startLine: i + 1 },
    }));
    const out = render({ ...sample, findings: many });
    expect(out.split('\n').filter((l) => l.startsWith('| `HIGH` | PL-PY-SQL-FORMAT'))).toHaveLength(MAX_FINDINGS);
    expect(out).toContain('_…and 23 more findings not shown; see the full report._');
  });

  it('keeps attacker-controlled text inside its cell and inert', () => {
    const evil = structuredClone(sample);
    const f = evil.findings[0]!;
    f.title = 'x | y\n| injected | row |<script>alert(1)</script>`code`[link](http://evil) @admin';
    f.ruleId = 'R|1';
    f.location = { kind: 'file', path: 'a|b<i>.py', startLine: 2 };
    const out = render(evil);
    const row = out.split('\n').find((l) => l.includes('R\\|1'));
    expect(row).toBeDefined();
    expect(cells(row!)).toHaveLength(4);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<i>');
    expect(out).not.toMatch(/(?<!\\)`code/);
    expect(out).not.toContain('[link]');
    expect(out).not.toContain('@admin');
    expect(out.split('\n').some((l) => l.startsWith('| injected'))).toBe(false);
  });

  it('says so when there is nothing to report', () => {
    const out = render({ ...sample, findings: [], issues: [] }, { failOn: 'high', failed: false, count: 0 });
    expect(out).toContain('## patchline: 0 findings in examples/flask-app');
    expect(out).toContain('No findings.');
    expect(out).not.toContain('### Findings');
    expect(out).not.toContain('non-fatal');
  });
});
