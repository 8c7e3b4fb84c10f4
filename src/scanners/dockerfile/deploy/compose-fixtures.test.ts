import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../../core/paths.js';
import { checkAnnotations, coveredRules } from '../../../testing/annotations.js';
import { deployRules, scanDeployFile } from './index.js';

/** Every compose rule has `rules/compose/<id>.yaml`, annotated semgrep-style, and its annotations hold. */

const DIR = fromPackageRoot('rules', 'compose');
const composeRules = deployRules.filter((r) => r.id.startsWith('compose.'));
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));

function scan(name: string): { text: string; reported: { ruleId: string; line: number }[] } {
  const text = readFileSync(`${DIR}/${name}`, 'utf8');
  const out = scanDeployFile({ path: `rules/compose/${name}`, size: text.length, text });
  expect(out.issues ?? [], `${name} parses cleanly`).toEqual([]);
  return { text, reported: out.findings.map((f) => ({ ruleId: f.ruleId, line: f.location.kind === 'file' ? f.location.startLine : 0 })) };
}

describe('compose rule fixtures', () => {
  it('has one fixture per compose rule and no fixture without a rule', () => {
    expect(composeRules.length).toBeGreaterThanOrEqual(10);
    expect(fixtures.sort()).toEqual(composeRules.map((r) => `${r.id}.yaml`).sort());
  });

  for (const rule of composeRules) {
    it(`${rule.id}: annotations hold`, () => {
      const { text, reported } = scan(`${rule.id}.yaml`);
      const covered = coveredRules(text);
      expect(covered.positive.has(rule.id), 'at least one ruleid annotation').toBe(true);
      expect(covered.negative.has(rule.id), 'at least one ok annotation').toBe(true);
      expect(checkAnnotations(text, reported)).toEqual([]);
    });
  }

  it('the harness notices a missed line and an extra report (the fixtures can fail)', () => {
    const { text, reported } = scan('compose.privileged.yaml');
    const own = reported.filter((r) => r.ruleId === 'compose.privileged');
    expect(own.length).toBeGreaterThan(0);
    expect(checkAnnotations(text, own.slice(1))).toContainEqual(expect.stringMatching(/^missed: compose\.privileged/));
    expect(checkAnnotations(text, [...own, { ruleId: 'compose.privileged', line: 1 }])).toContainEqual(
      expect.stringMatching(/^unexpected: compose\.privileged fired on unannotated line 1/),
    );
  });
});
