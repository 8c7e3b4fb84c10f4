import { describe, expect, it } from 'vitest';
import { sastScanner } from './index.js';
import { templateRules } from './templates/index.js';
import { javascriptRules } from './javascript/rules/rule-list.js';
import { pythonRules } from './rules/rule-list.js';

function scan(text: string, path = 'app.py') {
  return sastScanner.scanFile({ path, size: text.length, text });
}

describe('sastScanner', () => {
  it('has the plugin metadata and exposes every Python, JavaScript and template rule', () => {
    expect(sastScanner.meta.id).toBe('sast');
    expect(sastScanner.rules).toEqual([...[...pythonRules, ...javascriptRules].map((r) => r.meta), ...templateRules]);
  });

  it.each([
    ['app.py', true],
    ['pkg/sub/module.py', true],
    ['app.pyc', false],
    ['app.py.txt', false],
    ['script.js', true],
    ['src/app.ts', true],
    ['web/App.tsx', true],
    ['lib/mod.mjs', true],
    ['types/index.d.ts', false],
    ['node_modules/lodash/lodash.js', false],
    ['public/vendor.min.js', false],
  ])('matches(%s) is %s', (path, want) => {
    expect(sastScanner.matches(path)).toBe(want);
  });

  it('turns a match into a finding with the source line as snippet and a line-free fingerprint', () => {
    const text = 'import os\n\n\ndef run(cmd):\n    os.system(  "ls " +   cmd)\n';
    const [finding, ...rest] = scan(text).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'sast.python.os-command-injection',
      category: 'code',
      cwe: ['CWE-78'],
      severity: 'high',
      confidence: 'medium',
      location: { kind: 'file', path: 'app.py', startLine: 5, startColumn: 5, endLine: 5, snippet: 'os.system( "ls " + cmd)' },
      fingerprintContent: 'sast.python.os-command-injection|os.system( "ls " + cmd)',
    });
    const moved = scan(`# a comment\n\n${text}`).findings[0]!;
    expect(moved.location.kind === 'file' && moved.location.startLine).toBe(7);
    expect(moved.fingerprintContent).toBe(finding!.fingerprintContent);
  });

  it('masks hard-coded passwords in snippets', () => {
    const [finding] = scan('DB_PASSWORD = "correct-horse-battery"\n').findings;
    expect(finding?.ruleId).toBe('sast.python.hardcoded-password');
    const snippet = finding?.location.kind === 'file' ? finding.location.snippet : '';
    expect(snippet).not.toContain('correct-horse-battery');
    expect(snippet).toContain('DB_PASSWORD');
  });

  it('reports one finding per rule and line', () => {
    const text = 'from Crypto.Cipher import AES\nc = AES.new(key, AES.MODE_ECB)\n';
    expect(scan(text).findings.map((f) => f.ruleId)).toEqual(['sast.python.weak-cipher']);
  });

  it('scans an empty file and a file of only comments without findings or issues', () => {
    expect(scan('')).toEqual({ findings: [], issues: [] });
    expect(scan('# nothing here\n')).toEqual({ findings: [], issues: [] });
  });
});
