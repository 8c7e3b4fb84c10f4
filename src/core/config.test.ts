import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig, parseSize } from './config.js';
import { configProblem } from '../testing/config-problem.js';

describe('patchline.yaml', () => {
  it('accepts a full configuration', async () => {
    const config = await parseConfig(`
version: 1
scanners: [secrets, dockerfile]
exclude: ["tests/**"]
gate: { failOn: high }
ignore:
  - rule: DL3007
    reason: base image pinned by digest in CI
    expires: 2027-01-31
  - fingerprint: 0123456789abcdef
    reason: test fixture
  - path: "docs/**"
    rule: secret.jwt
    reason: documentation samples
limits: { maxFileSize: 5MB, maxFiles: 1000 }
fix: { allowMajor: true }
`);
    expect(config.gate?.failOn).toBe('high');
    expect(config.ignore?.[0]).toEqual({ rule: 'DL3007', reason: 'base image pinned by digest in CI', expires: '2027-01-31' });
    expect(parseSize(config.limits?.maxFileSize, 0)).toBe(5 * 1024 * 1024);
    expect(config.fix?.allowMajor).toBe(true);
  });

  it('reads the fix section and checks its keys', async () => {
    const config = await parseConfig(`
fix:
  pr: true
  verify: { command: npm test, timeoutSeconds: 300 }
  github: { apiUrl: "https://ghe.example/api/v3", tokenEnv: GH_TOKEN, repo: acme/shop, app: { appId: 42, privateKeyEnv: APP_KEY } }
`);
    expect(config.fix).toEqual({
      pr: true,
      verify: { command: 'npm test', timeoutSeconds: 300 },
      github: { apiUrl: 'https://ghe.example/api/v3', tokenEnv: 'GH_TOKEN', repo: 'acme/shop', app: { appId: 42, privateKeyEnv: 'APP_KEY' } },
    });
    expect(await configProblem('fix: { verify: { comand: make } }')).toContain("fix.verify: unknown key 'comand' — did you mean 'command'?");
    expect(await configProblem('fix: { verify: { timeoutSeconds: 0 } }')).toContain('fix.verify.timeoutSeconds:');
    expect(await configProblem('fix: { github: { apiUrl: "ftp://x" } }')).toContain('fix.github.apiUrl: an http(s) URL, e.g. https://github.example.com/api/v3');
    expect(await configProblem('fix: { github: { tokenEnv: "$TOKEN" } }')).toContain('fix.github.tokenEnv: the name of an environment variable, e.g. GITHUB_TOKEN');
    expect(await configProblem('fix: { github: { app: { appId: 1 } } }')).toContain('a GitHub App needs its private key: set privateKeyFile (a .pem path) or privateKeyEnv');
  });

  it('names the key and suggests the fix for an unknown key', async () => {
    expect(await configProblem('gat:\n  failOn: high\n')).toContain("(top level): unknown key 'gat' — did you mean 'gate'?");
    expect(await configProblem('ignore:\n  - rul: X\n    reason: because\n')).toContain("ignore[0]: unknown key 'rul' — did you mean 'rule'?");
  });

  it('lists the allowed values of an enum', async () => {
    expect(await configProblem('gate: { failOn: severe }')).toContain('gate.failOn: "severe" is not allowed; use one of critical, high, medium, low, info');
  });

  it('requires a reason and something to match for every ignore', async () => {
    expect(await configProblem('ignore:\n  - rule: X\n')).toContain('ignore[0].reason: required — every ignore needs a reason');
    expect(await configProblem('ignore:\n  - reason: because\n')).toContain('ignore[0]: an ignore needs at least one of fingerprint, rule or path');
  });

  it('takes fix.allowMajor as a boolean only', async () => {
    expect(await configProblem('fix: { allowMajor: "yes" }')).toContain('fix.allowMajor');
    expect(await configProblem('fix: { alowMajor: true }')).toContain("fix: unknown key 'alowMajor' — did you mean 'allowMajor'?");
  });

  it('checks expiry dates', async () => {
    expect(await configProblem('ignore:\n  - rule: X\n    reason: ok then\n    expires: 31/01/2027\n')).toContain('ignore[0].expires: a date written YYYY-MM-DD');
  });

  it('reports YAML syntax errors with their line', async () => {
    expect(await configProblem('exclude: [a\nscanners: [b]\n')).toMatch(/patchline\.yaml \(line \d+, column \d+\): not valid YAML/);
    expect(await configProblem('exclude: [a]\nexclude: [b]\n')).toMatch(/line 2.*Map keys must be unique/);
  });

  it('says what a list should look like', async () => {
    expect(await configProblem('scanners: secrets')).toContain('scanners: a list of scanner ids, e.g. [secrets, dockerfile]');
  });

  it('uses defaults without a file, and fails clearly on a missing --config', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'patchline-config-'));
    expect(await loadConfig(dir)).toEqual({ config: {} });
    await expect(loadConfig(dir, path.join(dir, 'nope.yaml'))).rejects.toThrow(/cannot read config .*nope\.yaml: ENOENT/);
    writeFileSync(path.join(dir, 'patchline.yaml'), 'gate: { failOn: low }\n');
    expect((await loadConfig(dir)).config.gate?.failOn).toBe('low');
  });
});
