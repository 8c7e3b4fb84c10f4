import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../core/model.js';
import { runScan } from '../core/pipeline.js';
import { scanners } from '../scanners/registry.js';
import { planFixes } from './plan.js';
import { fixerGroups } from './registry.js';
import { fixerCases } from './testing/cases.js';
import type { Fixer } from './types.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'patchline-fixer-cases-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const config = { fix: { allowMajor: false } };

async function scan(root: string): Promise<Finding[]> {
  return (await runScan({ root, config: {}, scanners, tool: { name: 'patchline', version: 'test' } })).findings;
}

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** Rule ids with how often each occurs. */
function ruleCounts(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

const all = Object.entries(fixerGroups).flatMap(([group, list]) => list.map((fixer) => ({ group, fixer })));

describe.each(all)('fixer $group/$fixer.meta.id', ({ group, fixer }: { group: string; fixer: Fixer }) => {
  const cases = fixerCases(path.join(here, group, fixer.meta.id));

  it('has before/after cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.name, c] as const))('turns %s.before into its after file', async (_name, c) => {
    const root = mkdtempSync(path.join(tmp, `${fixer.meta.id}-`));
    write(root, c.fileName, c.before);
    const findings = c.findings ?? (await scan(root));
    const handled = findings.filter((f) => fixer.handles(f));
    expect(handled.length, 'the case has findings this fixer handles').toBeGreaterThan(0);

    const plan = await planFixes({ findings, root, config, fixers: [fixer] });
    const edits = plan.changeSets.flatMap((cs) => cs.edits).filter((e) => e.path === c.fileName);
    const fixed = edits.length > 0 ? edits[edits.length - 1]!.after : c.before;
    expect(fixed).toBe(c.after);

    if (c.findings) return;
    // What was fixed is gone and nothing new appears.
    write(root, c.fileName, fixed);
    const before = ruleCounts(findings);
    const after = ruleCounts(await scan(root));
    const fixedRules = new Set(plan.changeSets.flatMap((cs) => findings.filter((f) => cs.findings.includes(f.fingerprint))).map((f) => f.ruleId));
    for (const [rule, n] of after) {
      expect(n, `${rule} after the fix`).toBeLessThanOrEqual(before.get(rule) ?? 0);
    }
    for (const rule of fixedRules) {
      const left = plan.skipped.filter((s) => s.finding.ruleId === rule).length;
      expect(after.get(rule) ?? 0, `${rule} is fixed`).toBe(left);
    }
  });
});
