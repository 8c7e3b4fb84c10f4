import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../../core/paths.js';
import { deployRules, scanDeployFile } from './index.js';

/**
 * ECS task definitions are JSON, which has no comments: each `rules/ecs/<name>.json` sits beside
 * `<name>.expected.json`, the exact list of `{ ruleId, line }` it must produce.
 */

const DIR = fromPackageRoot('rules', 'ecs');
const inputs = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

interface Expected {
  ruleId: string;
  line: number;
}

function sorted(list: Expected[]): Expected[] {
  return [...list].sort((a, b) => a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

function run(name: string): { got: Expected[]; expected: Expected[] } {
  const text = readFileSync(`${DIR}/${name}`, 'utf8');
  const out = scanDeployFile({ path: `rules/ecs/${name}`, size: text.length, text });
  expect(out.issues ?? [], `${name} parses cleanly`).toEqual([]);
  const got = out.findings.map((f) => ({ ruleId: f.ruleId, line: f.location.kind === 'file' ? f.location.startLine : 0 }));
  const expected = JSON.parse(readFileSync(`${DIR}/${name.replace(/\.json$/, '.expected.json')}`, 'utf8')) as Expected[];
  return { got: sorted(got), expected: sorted(expected) };
}

describe('ECS rule fixtures', () => {
  it('every input has an expected file', () => {
    expect(inputs.length).toBeGreaterThan(0);
    const all = readdirSync(DIR);
    for (const input of inputs) expect(all).toContain(input.replace(/\.json$/, '.expected.json'));
  });

  for (const name of inputs) {
    it(`${name} gives exactly its expected findings`, () => {
      const { got, expected } = run(name);
      expect(got).toEqual(expected);
    });
  }

  it('covers every ECS rule positively, and has a task definition with no finding', () => {
    const positives = new Set<string>();
    let clean = 0;
    for (const name of inputs) {
      const { expected } = run(name);
      for (const e of expected) positives.add(e.ruleId);
      if (expected.length === 0 && !name.startsWith('not-')) clean += 1;
    }
    const ecsRules = deployRules.filter((r) => r.id.startsWith('ecs.')).map((r) => r.id);
    expect(ecsRules.length).toBeGreaterThanOrEqual(7);
    expect(ecsRules.filter((id) => !positives.has(id))).toEqual([]);
    expect(clean).toBeGreaterThan(0);
  });

  it('a container definition that is not hardened is reported where it starts', () => {
    const { got } = run('insecure-task-definition.json');
    const text = readFileSync(`${DIR}/insecure-task-definition.json`, 'utf8').split('\n');
    const absent = got.filter((g) => g.ruleId === 'ecs.run-as-root' && text[g.line - 1]?.trim() === '{');
    expect(absent).toHaveLength(1);
  });
});
