import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../core/model.js';
import { change, skip } from './change-set.js';
import { planFixes } from './plan.js';
import { remapLine } from './remap.js';
import type { Fixer } from './types.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'patchline-plan-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(path.join(root, 'app.py'), ['a = 1', 'b = 2', 'c = 3', 'd = 4', 'e = 5', ''].join('\n'));

function codeFinding(ruleId: string, line: number, severity: Severity = 'medium', extra: Partial<Finding> = {}): Finding {
  return {
    fingerprint: `${ruleId}-${line}-0123456789`,
    ruleId,
    scanner: 'sast',
    category: 'code',
    severity,
    confidence: 'high',
    title: ruleId,
    message: ruleId,
    cwe: [],
    aliases: [],
    references: [],
    location: { kind: 'file', path: 'app.py', startLine: line },
    ...extra,
  };
}

function advisory(id: string, name: string, severity: Severity): Finding {
  return {
    ...codeFinding(id, 1, severity),
    fingerprint: `${id}-${name}-fingerprint`,
    scanner: 'sca',
    category: 'vulnerability',
    location: { kind: 'package', ecosystem: 'PyPI', name, version: '1.0', path: 'requirements.txt', line: 1 },
    safeVersion: '1.1',
  };
}

/** A fixer that rewrites the finding's line to `<rule> fixed`, or prepends a header for rule `head`. */
const lineFixer: Fixer = {
  meta: { id: 'line', version: '1.0.0', summary: 'test fixer that rewrites one line' },
  strategy: 'deterministic',
  handles: (f) => f.location.kind === 'file',
  async plan(unit, ctx) {
    const f = unit.findings[0]!;
    if (f.location.kind !== 'file') return skip('not a file');
    const before = (await ctx.readFile(f.location.path))!;
    const lines = before.split('\n');
    if (f.ruleId === 'head') lines.unshift('# header', '# more');
    else if (f.ruleId === 'boom') throw new Error('exploded');
    else if (f.ruleId === 'escape') return change(this, unit, { title: 't', rationale: 'r', edits: [{ path: '../outside.py', before, after: 'x' }] });
    else lines[f.location.startLine - 1] = `${f.ruleId} fixed`;
    return change(this, unit, { title: `fix ${f.ruleId}`, rationale: 'test', edits: [{ path: f.location.path, before, after: lines.join('\n') }] });
  },
};

describe('planFixes', () => {
  it('makes one unit of all advisories of a package and orders units by severity', async () => {
    const findings = [codeFinding('low-rule', 2, 'low'), advisory('CVE-1', 'flask', 'medium'), advisory('CVE-2', 'flask', 'critical'), advisory('CVE-3', 'jinja2', 'high')];
    const plan = await planFixes({ findings, root, config: {}, fixers: [] });
    const reasons = plan.skipped.map((s) => s.finding.ruleId);
    expect(reasons).toEqual(['CVE-2', 'CVE-1', 'CVE-3', 'low-rule']);
  });

  it('gives the same unit ids whatever the order of the findings', async () => {
    const findings = [codeFinding('x', 1), codeFinding('y', 2, 'high')];
    const a = await planFixes({ findings, root, config: {}, fixers: [lineFixer] });
    const b = await planFixes({ findings: [...findings].reverse(), root, config: {}, fixers: [lineFixer] });
    expect(a.changeSets.map((c) => c.id)).toEqual(b.changeSets.map((c) => c.id));
    expect(a.changeSets[0]!.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('applies fixes to one file in order, each on the text the previous left, with lines remapped', async () => {
    const findings = [codeFinding('head', 1, 'high'), codeFinding('fourth', 4, 'medium'), codeFinding('second', 2, 'low')];
    const plan = await planFixes({ findings, root, config: {}, fixers: [lineFixer] });
    expect(plan.changeSets.map((c) => c.title)).toEqual(['fix head', 'fix fourth', 'fix second']);
    for (let i = 1; i < plan.changeSets.length; i++) expect(plan.changeSets[i]!.edits[0]!.before).toBe(plan.changeSets[i - 1]!.edits[0]!.after);
    expect(plan.changeSets.at(-1)!.edits[0]!.after).toBe(['# header', '# more', 'a = 1', 'second fixed', 'c = 3', 'fourth fixed', 'e = 5', ''].join('\n'));
  });

  it('skips accepted findings and keeps to --only', async () => {
    const suppressed = codeFinding('quiet', 3, 'high', { suppression: { status: 'active', reason: 'false positive', matchedBy: 'rule:quiet' } });
    const findings = [suppressed, codeFinding('other', 2), codeFinding('wanted', 1)];
    const plan = await planFixes({ findings, root, config: {}, fixers: [lineFixer], only: ['wanted', 'quiet'] });
    expect(plan.changeSets.map((c) => c.title)).toEqual(['fix wanted']);
    expect(plan.skipped).toEqual([{ finding: suppressed, reason: 'accepted by policy (rule:quiet): false positive' }]);
    const byScanner = await planFixes({ findings, root, config: {}, fixers: [lineFixer], only: ['sca'] });
    expect(byScanner.changeSets).toEqual([]);
    const byPrint = await planFixes({ findings, root, config: {}, fixers: [lineFixer], only: ['other-2-01'] });
    expect(byPrint.changeSets.map((c) => c.title)).toEqual(['fix other']);
  });

  it('turns a failing fixer, an edit outside the tree and an unknown rule into reasons', async () => {
    const plan = await planFixes({ findings: [codeFinding('boom', 1), codeFinding('escape', 2)], root, config: {}, fixers: [lineFixer] });
    expect(plan.changeSets).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['line failed: exploded', "line: the edit to '../outside.py' leaves the scanned tree"]);
    const none = await planFixes({ findings: [codeFinding('sast.python.nothing', 1)], root, config: {}, fixers: [] });
    expect(none.skipped[0]!.reason).toBe('no deterministic fixer handles sast.python.nothing; left for the LLM fixer or a reviewer');
  });
});

describe('remapLine', () => {
  it('follows lines through insertions and deletions, and maps a rewritten line to its replacement', () => {
    const before = 'a\nb\nc\nd\n';
    expect(remapLine(before, 'x\ny\na\nb\nc\nd\n', 3)).toBe(5);
    expect(remapLine(before, 'a\nc\nd\n', 4)).toBe(3);
    expect(remapLine(before, 'a\nB\nc\nd\n', 2)).toBe(2);
    expect(remapLine(before, before, 2)).toBe(2);
  });
});
