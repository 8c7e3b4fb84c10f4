import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, pullRequestBody, pullRequestTitle, type PullRequestContent } from './body.js';
import { changedLines } from './cells.js';
import type { ChangeSet, Finding } from '../../core/model.js';
import type { VerifiedChange } from '../../fixers/verify/index.js';

function finding(fp: string, over: Partial<Finding>): Finding {
  return {
    fingerprint: fp, ruleId: 'r', scanner: 's', category: 'code', severity: 'high', confidence: 'high', title: 't', message: 'm',
    cwe: [], aliases: [], references: [], location: { kind: 'file', path: 'app.py', startLine: 1 }, ...over,
  };
}

const SECRET = 'AKIAIOSFODNN7EXAMPLE';
const secret = finding('f1', { ruleId: 'secrets.aws-access-key-id', category: 'secret', title: 'AWS access key id', location: { kind: 'file', path: 'config.py', startLine: 2 } });
const sqli = finding('f2', { ruleId: 'sast.python.sql-injection', title: 'SQL built from request data | unsafe', cwe: ['CWE-89'], location: { kind: 'file', path: 'app.py', startLine: 2 } });
const dep = finding('f3', { ruleId: 'sca.osv', category: 'vulnerability', title: 'Jinja2 sandbox escape', aliases: ['GHSA-h75v-3vvj-5mfj'], location: { kind: 'package', ecosystem: 'PyPI', name: 'jinja2', version: '2.10', path: 'requirements.txt' } });
const debug = finding('f4', { ruleId: 'sast.python.flask-debug', title: 'Debug mode', location: { kind: 'file', path: 'app.py', startLine: 9 } });
const pickle = finding('f5', { ruleId: 'sast.python.unsafe-deserialization', title: 'pickle.loads of upload', location: { kind: 'file', path: 'app.py', startLine: 20 } });

function cs(id: string, findings: Finding[], edits: ChangeSet['edits'], extra: Partial<ChangeSet> = {}): ChangeSet {
  return { id, title: `Fix ${id}`, fixer: 'x', strategy: 'deterministic', findings: findings.map((f) => f.fingerprint), edits, rationale: 'r', ...extra };
}

const changes: VerifiedChange[] = [
  {
    accepted: true, kept: true,
    changeSet: cs('secret', [secret], [{ path: 'config.py', before: `A = 1\nKEY = "${SECRET}"\n`, after: 'A = 1\nKEY = os.environ["KEY"]\n' }], { verification: { status: 'passed', details: 're-scan ok' } }),
  },
  {
    accepted: true, kept: true,
    changeSet: cs('sqli', [sqli], [{ path: 'app.py', before: 'x\ncur.execute(f"SELECT {q}")\n', after: 'x\ncur.execute("SELECT ?", (q,))\n' }], {
      verification: { status: 'passed', details: 're-scan ok; `pytest -q` passed in 1.0 s' },
      llm: { provider: 'anthropic', model: 'claude-sonnet-4-5', promptSha256: 'ab'.repeat(32), inputTokens: 1200, outputTokens: 300, costUsd: 0.0081 },
    }),
    evidence: { scanners: ['sast'], rescanned: ['app.py'], gone: ['f2'], remaining: [], notReproduced: [], introduced: [], introducedIssues: [], command: { command: 'pytest -q', passed: true, exitCode: 0, timedOut: false, durationMs: 1000, output: '3 passed\n' } },
  },
  {
    accepted: true, kept: true,
    changeSet: cs('dep', [dep], [{ path: 'requirements.txt', before: 'jinja2==2.10\n', after: 'jinja2==3.1.6\n' }], { notes: ['Regenerate the lockfile (pip-compile).'], verification: { status: 'passed', details: 're-scan ok' } }),
  },
  { accepted: false, kept: false, reason: '`pytest -q` failed (exit code 1) with the change applied', changeSet: cs('debug', [debug], [{ path: 'app.py', before: 'a', after: 'b' }]) },
];

const content: PullRequestContent = {
  branch: { name: 'patchline/fix-0123abcd', base: { name: 'main', ref: 'refs/heads/main', commit: 'c'.repeat(40) }, head: 'd'.repeat(40), commits: [], findings: ['f1', 'f2', 'f3'], replaced: false },
  changes,
  findings: [secret, sqli, dep, debug, pickle],
  unfixable: [{ finding: pickle, reason: 'no fixer can replace pickle safely: the data format would change' }],
  tool: { name: 'patchline', version: '1.0.0' },
};

describe('pull request body', () => {
  const body = pullRequestBody(content);

  it('tables the fixed findings before → after, never showing a secret', () => {
    expect(body.startsWith('<!-- patchline:fix findings=')).toBe(true);
    expect(body).toContain('## patchline fixed 3 findings');
    expect(body).toContain('| high | AWS access key id<br><code>secrets.aws-access-key-id</code> | <code>config.py:2</code> | (secret removed — not shown) | verified |');
    expect(body).toContain('| high | SQL built from request data &#124; unsafe<br><code>sast.python.sql-injection</code> | <code>app.py:2</code> | <code>cur.execute(f"SELECT {q}")</code> → <code>cur.execute("SELECT ?", (q,))</code> | verified |');
    expect(body).toContain('<code>jinja2==2.10</code> → <code>jinja2==3.1.6</code>');
    expect(body).not.toContain(SECRET);
  });

  it('holds the verification evidence, what was not fixed and why, the LLM provenance and the reviewer notes', () => {
    expect(body).toContain('- **Fix sqli**: re-scan ok; `pytest -q` passed in 1.0 s\n  <details><summary>output of <code>pytest -q</code></summary>\n\n  ```\n  3 passed\n  ```\n  </details>');
    expect(body).toContain('| Debug mode<br><code>sast.python.flask-debug</code> | <code>app.py:9</code> | fix rejected: `pytest -q` failed (exit code 1) with the change applied |');
    expect(body).toContain('| pickle.loads of upload<br><code>sast.python.unsafe-deserialization</code> | <code>app.py:20</code> | no fixer can replace pickle safely: the data format would change |');
    expect(body).toContain('| Fix sqli | anthropic | <code>claude-sonnet-4-5</code> | <code>abababababababab</code> | 1200 / 300 | $0.0081 |');
    expect(body).toContain('- Regenerate the lockfile (pip-compile).');
    expect(body).toContain('- Rotate every secret this pull request removes');
    expect(pullRequestTitle(content)).toBe('patchline: fix 3 security findings');
  });

  it('stays within GitHub’s size limit however many findings there are', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding(`m${i}`, { title: 'x'.repeat(200), location: { kind: 'file', path: `f${i}.py`, startLine: 1 } }));
    const big = pullRequestBody({
      ...content,
      changes: [{ accepted: true, kept: true, changeSet: cs('many', many, [{ path: 'f0.py', before: 'a', after: 'b' }]) }],
      findings: many,
      unfixable: many.map((f) => ({ finding: f, reason: 'y'.repeat(300) })),
    });
    expect(big.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(big).toContain('| … 2850 more |');
  });

  it('finds the changed lines between the common head and tail', () => {
    expect(changedLines('a\nb\nc\n', 'a\nB\nB2\nc\n')).toEqual({ removed: ['b'], added: ['B', 'B2'] });
    expect(changedLines('a\n', 'a\nb\n')).toEqual({ removed: [], added: ['b'] });
  });
});
