import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnnotations, coveredRules } from '../../testing/annotations.js';
import { buildEngine, defaultEngine } from './engine.js';
import { defaultRulesDir, isRuleFileName, parseRuleFile } from './rule-loader.js';
import { secretsScanner } from './index.js';
import { scanSecrets } from './scan.js';

const dir = defaultRulesDir();
const files = readdirSync(dir).sort();
const ruleFiles = files.filter(isRuleFileName);

/** `<rule-id>.test.<ext>` files beside a rule (a rule may have one per file format). */
function testFilesOf(ruleFile: string): string[] {
  const prefix = `${ruleFile.slice(0, -'.yaml'.length)}.test.`;
  return files.filter((f) => f.startsWith(prefix));
}

async function reported(file: string): Promise<{ ruleId: string; line: number }[]> {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const out = await secretsScanner.scanFile({ path: `rules/secrets/${file}`, size: Buffer.byteLength(text), text });
  return out.findings.map((f) => ({
    ruleId: f.ruleId,
    line: f.location.kind === 'file' ? f.location.startLine : 0,
  }));
}

describe('secret rules', () => {
  it('loads every rule file', () => {
    expect(defaultEngine().rules.map((r) => `${r.meta.id}.yaml`)).toEqual(ruleFiles);
    expect(ruleFiles.length).toBeGreaterThanOrEqual(15);
  });

  it.each(ruleFiles)('%s has an annotated test file with ruleid and ok cases', (ruleFile) => {
    const id = ruleFile.slice(0, -'.yaml'.length);
    const tests = testFilesOf(ruleFile);
    expect(tests, `no ${id}.test.<ext> beside ${ruleFile}`).not.toEqual([]);
    const positive = new Set<string>();
    const negative = new Set<string>();
    for (const t of tests) {
      const covered = coveredRules(readFileSync(path.join(dir, t), 'utf8'));
      covered.positive.forEach((r) => positive.add(r));
      covered.negative.forEach((r) => negative.add(r));
    }
    expect(positive.has(id), `${id}: no 'ruleid: ${id}' annotation`).toBe(true);
    expect(negative.has(id), `${id}: no 'ok: ${id}' annotation`).toBe(true);
  });

  const testFiles = files.filter((f) => f.includes('.test.'));
  it.each(testFiles)('%s: findings match the annotations', async (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    expect(checkAnnotations(text, await reported(file))).toEqual([]);
  });

  it('fails when a rule is broken (the harness is not vacuous)', () => {
    const file = 'secret.github-token.yaml';
    const yaml = readFileSync(path.join(dir, file), 'utf8');
    const broken = yaml.replace('[A-Za-z0-9]{36}', '[A-Za-z0-9]{35}');
    expect(broken).not.toBe(yaml);
    const rules = defaultEngine().rules.map((r) => (r.meta.id === 'secret.github-token' ? parseRuleFile(broken, file) : r));
    const testFile = 'secret.github-token.test.yaml';
    const text = readFileSync(path.join(dir, testFile), 'utf8');
    const found = scanSecrets(text, testFile, buildEngine(rules)).findings.map((f) => ({
      ruleId: f.ruleId,
      line: f.location.kind === 'file' ? f.location.startLine : 0,
    }));
    expect(checkAnnotations(text, found).filter((p) => p.startsWith('missed: secret.github-token'))).not.toEqual([]);
  });

  it('every test file belongs to a rule', () => {
    const ids = new Set(ruleFiles.map((f) => f.slice(0, -'.yaml'.length)));
    for (const t of testFiles) expect(ids.has(t.slice(0, t.indexOf('.test.'))), t).toBe(true);
  });
});
