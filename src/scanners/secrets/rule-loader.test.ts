import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../core/errors.js';
import { defaultEngine } from './engine.js';
import { isRuleFileName, loadRulesFrom, parseRuleFile } from './rule-loader.js';

const valid = {
  id: 'secret.acme-token',
  title: 'Acme token',
  description: 'An Acme API token.',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-798'],
  help: 'Revoke it.',
  keywords: ['acme_'],
  regex: '\\b(acme_[a-z0-9]{20})\\b',
};

function yaml(obj: Record<string, unknown>): string {
  return JSON.stringify(obj); // JSON is YAML
}

function errorOf(text: string, file = 'secret.acme-token.yaml'): string {
  try {
    parseRuleFile(text, file);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected the rule to be rejected');
}

describe('parseRuleFile', () => {
  it('compiles a valid rule with defaults', () => {
    const rule = parseRuleFile(yaml(valid), 'secret.acme-token.yaml');
    expect(rule.meta).toMatchObject({ id: 'secret.acme-token', category: 'secret', tags: [], references: [] });
    expect(rule.kind).toBe('provider');
    expect(rule.secretGroups).toEqual([1]);
    expect(rule.regex.flags).toContain('g');
    expect(rule.regex.flags).toContain('d');
  });

  it('turns a leading (?i) into the i flag', () => {
    const rule = parseRuleFile(yaml({ ...valid, regex: '(?i)(acme_[a-z0-9]{20})' }), 'secret.acme-token.yaml');
    expect(rule.regex.flags).toContain('i');
    expect(rule.regex.source.startsWith('(?i)')).toBe(false);
  });

  it('names the file and the key of a missing or wrong field', () => {
    const { severity: _omit, ...noSeverity } = valid;
    expect(errorOf(yaml(noSeverity))).toMatch(/secret\.acme-token\.yaml: severity:/);
    expect(errorOf(yaml({ ...valid, severity: 'urgent' }))).toMatch(/severity:/);
    expect(errorOf(yaml({ ...valid, cwe: ['798'] }))).toMatch(/cwe\.0:/);
  });

  it('rejects unknown keys, so typos do not pass silently', () => {
    expect(errorOf(yaml({ ...valid, minEntrop: 3 }))).toMatch(/minEntrop/);
  });

  it('rejects keywords the prefilter cannot match', () => {
    expect(errorOf(yaml({ ...valid, keywords: ['ACME_'] }))).toMatch(/keywords\.0: .*lowercase/);
    expect(errorOf(yaml({ ...valid, keywords: [] }))).toMatch(/keywords:/);
  });

  it('reports an invalid regex with its key', () => {
    expect(errorOf(yaml({ ...valid, regex: '(acme_[' }))).toMatch(/secret\.acme-token\.yaml: regex: invalid regex/);
    expect(errorOf(yaml({ ...valid, allowlist: { regexes: ['ok', '(('] } }))).toMatch(/allowlist\.regexes\[1\]: invalid regex/);
  });

  it('rejects a secretGroup the regex does not have', () => {
    expect(errorOf(yaml({ ...valid, secretGroup: 2 }))).toMatch(/secretGroup: group 2 does not exist \(the regex has 1\)/);
  });

  it('requires the id to match the file name', () => {
    expect(errorOf(yaml(valid), 'secret.other.yaml')).toMatch(/secret\.other\.yaml: id: 'secret\.acme-token' must match/);
  });

  it('reports YAML syntax errors with the file', () => {
    expect(errorOf('id: [unclosed')).toMatch(/secret\.acme-token\.yaml: not valid YAML/);
  });
});

describe('loadRulesFrom', () => {
  it('loads rule files only, in name order, skipping annotated test files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'secret-rules-'));
    writeFileSync(path.join(dir, 'secret.acme-token.yaml'), yaml(valid));
    writeFileSync(path.join(dir, 'secret.acme-token.test.yaml'), 'token: acme_0123');
    writeFileSync(path.join(dir, 'secret.beta-key.yaml'), yaml({ ...valid, id: 'secret.beta-key' }));
    expect(loadRulesFrom(dir).map((r) => r.meta.id)).toEqual(['secret.acme-token', 'secret.beta-key']);
  });

  it('fails clearly on a missing directory', () => {
    expect(() => loadRulesFrom('/nonexistent/rules')).toThrow(/cannot read secret rules from \/nonexistent\/rules/);
  });

  it('isRuleFileName', () => {
    expect(isRuleFileName('secret.x.yaml')).toBe(true);
    expect(isRuleFileName('secret.x.test.yaml')).toBe(false);
    expect(isRuleFileName('secret.x.test.py')).toBe(false);
  });
});

describe('defaultEngine', () => {
  it('loads and compiles the shipped rules once', () => {
    expect(defaultEngine()).toBe(defaultEngine());
  });
});
