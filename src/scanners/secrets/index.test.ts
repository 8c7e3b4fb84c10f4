import { describe, expect, it } from 'vitest';
import { secretsScanner } from './index.js';

describe('secretsScanner', () => {
  it('is the secrets plugin', () => {
    expect(secretsScanner.meta.id).toBe('secrets');
    expect(secretsScanner.meta.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exposes plain rule metadata: secret.* ids, category secret, serializable', () => {
    const rules = secretsScanner.rules;
    expect(rules.length).toBeGreaterThanOrEqual(15);
    for (const r of rules) {
      expect(r.id).toMatch(/^secret\.[a-z0-9-]+$/);
      expect(r.category).toBe('secret');
      expect(r.cwe.length).toBeGreaterThan(0);
    }
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
  });

  it('ranks real provider keys above generic assignments', () => {
    const severity = new Map(secretsScanner.rules.map((r) => [r.id, r.severity]));
    expect(severity.get('secret.aws-secret-access-key')).toBe('critical');
    expect(severity.get('secret.generic-assignment')).toBe('medium');
  });

  it('scans text files but not lockfiles', () => {
    expect(secretsScanner.matches('src/app.py')).toBe(true);
    expect(secretsScanner.matches('package-lock.json')).toBe(false);
  });

  it('scans a file through the plugin interface', async () => {
    const token = ['glpat', 'jXdSevJo5XAk0KelwGGF'].join('-');
    const out = await secretsScanner.scanFile({ path: 'ci.sh', size: 40, text: `export GITLAB_TOKEN=${token}\n` });
    expect(out.findings.map((f) => f.ruleId)).toEqual(['secret.gitlab-token']);
  });
});
