import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../core/paths.js';
import { checkAnnotations, coveredRules } from '../../testing/annotations.js';
import { sastScanner } from './index.js';
import { javascriptRules } from './javascript/rules/rule-list.js';
import { pythonRules } from './rules/rule-list.js';

const fixture = (id: string) => fromPackageRoot('rules', 'sast', `${id}.py`);

function scan(path: string, text: string) {
  return sastScanner.scanFile({ path, size: text.length, text });
}

describe('sast rules', () => {
  it('lists rules in alphabetical order with unique ids of the form sast.python.<kebab-name>', () => {
    const ids = pythonRules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^sast\.python\.[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ids.length).toBeGreaterThanOrEqual(18);
  });

  it('has a rule for every fixture in rules/sast (no orphan fixtures)', () => {
    const ids = new Set([...pythonRules, ...javascriptRules].map((r) => r.meta.id));
    const orphans = readdirSync(fromPackageRoot('rules', 'sast')).filter((f) => !ids.has(f.replace(/\.(py|js|ts)$/, '')));
    expect(orphans).toEqual([]);
  });

  it('gives every rule complete metadata: CWE, OWASP category, peer tag, references', () => {
    for (const { meta } of pythonRules) {
      expect(meta.category, meta.id).toBe('code');
      expect(meta.cwe.length, meta.id).toBeGreaterThan(0);
      for (const cwe of meta.cwe) expect(cwe, meta.id).toMatch(/^CWE-\d+$/);
      expect(meta.owasp?.length, `${meta.id} has an OWASP category`).toBeGreaterThan(0);
      for (const o of meta.owasp ?? []) expect(o, meta.id).toMatch(/^A(0[1-9]|10):2021$/);
      expect(meta.references?.length, meta.id).toBeGreaterThan(0);
      const tags = meta.tags ?? [];
      expect(tags.length, `${meta.id} has a peer tag`).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, meta.id).toMatch(/^(bandit:B\d{3}|semgrep:[a-z0-9_.-]+|zap:\d{5})$/);
    }
  });

  describe.each(pythonRules.map((r) => r.meta.id))('%s', (id) => {
    it('has an annotated fixture with positive and negative cases, and the annotations hold', () => {
      const path = fixture(id);
      expect(existsSync(path), `${path} exists`).toBe(true);
      const text = readFileSync(path, 'utf8');
      const { positive, negative } = coveredRules(text);
      expect(positive.has(id), 'has a ruleid: annotation').toBe(true);
      expect(negative.has(id), 'has an ok: annotation').toBe(true);
      const out = scan(`rules/sast/${id}.py`, text);
      expect(out.issues, 'the fixture parses').toEqual([]);
      const reported = out.findings.map((f) => ({ ruleId: f.ruleId, line: f.location.kind === 'file' ? f.location.startLine : 0 }));
      expect(checkAnnotations(text, reported)).toEqual([]);
    });
  });

  describe.each(javascriptRules.map((r) => r.meta.id))('%s', (id) => {
    it('has an annotated JavaScript fixture with positive and negative cases, and the annotations hold', () => {
      const path = fromPackageRoot('rules', 'sast', `${id}.js`);
      expect(existsSync(path), `${path} exists`).toBe(true);
      const text = readFileSync(path, 'utf8');
      const { positive, negative } = coveredRules(text);
      expect(positive.has(id), 'has a ruleid: annotation').toBe(true);
      expect(negative.has(id), 'has an ok: annotation').toBe(true);
      const out = scan(`rules/sast/${id}.js`, text);
      expect(out.issues, 'the fixture parses').toEqual([]);
      const reported = out.findings.map((f) => ({ ruleId: f.ruleId, line: f.location.kind === 'file' ? f.location.startLine : 0 }));
      expect(checkAnnotations(text, reported)).toEqual([]);
    });
  });

  const tsFixtures = readdirSync(fromPackageRoot('rules', 'sast')).filter((f) => f.startsWith('sast.javascript.') && f.endsWith('.ts'));
  it('has TypeScript fixtures for the JavaScript rules', () => {
    expect(tsFixtures.length).toBeGreaterThan(0);
  });

  describe.each(tsFixtures)('%s', (name) => {
    it('parses as TypeScript and its annotations hold', () => {
      const id = name.replace(/\.ts$/, '');
      const text = readFileSync(fromPackageRoot('rules', 'sast', name), 'utf8');
      const { positive, negative } = coveredRules(text);
      expect(positive.has(id), 'has a ruleid: annotation').toBe(true);
      expect(negative.has(id), 'has an ok: annotation').toBe(true);
      const out = scan(`rules/sast/${name}`, text);
      expect(out.issues, 'the fixture parses').toEqual([]);
      const reported = out.findings.map((f) => ({ ruleId: f.ruleId, line: f.location.kind === 'file' ? f.location.startLine : 0 }));
      expect(checkAnnotations(text, reported)).toEqual([]);
    });
  });
});
