import { describe, expect, it } from 'vitest';
import { codeRule, type PythonRule } from './rules/rule.js';
import { weakHash } from './rules/weak-hash.js';
import { scanPython } from './scan.js';

const broken: PythonRule = {
  meta: codeRule({
    id: 'sast.python.test-broken',
    title: 'throws',
    description: 'a rule that throws',
    severity: 'low',
    confidence: 'low',
    cwe: ['CWE-710'],
    help: 'n/a',
  }),
  check() {
    throw new Error('boom');
  },
};

describe('scanPython', () => {
  it('turns a failing rule into a rule-error issue and keeps the other rules\' findings', () => {
    const text = 'import hashlib\nhashlib.md5(b"x")\n';
    const out = scanPython({ path: 'a.py', size: text.length, text }, [broken, weakHash]);
    expect(out.issues).toEqual([{ code: 'rule-error', message: 'rule sast.python.test-broken failed: boom', path: 'a.py' }]);
    expect(out.findings.map((f) => f.ruleId)).toEqual(['sast.python.weak-hash']);
  });
});
