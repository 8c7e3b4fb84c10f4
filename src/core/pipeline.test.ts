import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScan } from './pipeline.js';
import type { RuleMeta } from './model.js';
import { draftFinding } from '../scanners/draft-finding.js';
import type { Scanner } from '../scanners/types.js';

const rule: RuleMeta = {
  id: 'test.word', title: 'Forbidden word', description: 'a forbidden word', severity: 'medium',
  category: 'code', confidence: 'high', cwe: ['CWE-1'], help: 'remove it',
};

/** A scanner for this test only: reports every line containing FORBIDDEN; throws on a file named boom.txt. */
const wordScanner: Scanner = {
  meta: { id: 'words', version: '1.0.0', summary: 'test scanner' },
  rules: [rule],
  matches: (p) => p.endsWith('.txt'),
  scanFile(file) {
    if (file.path.endsWith('boom.txt')) throw new Error('cannot cope');
    const findings = file.text.split('\n').flatMap((line, i) =>
      line.includes('FORBIDDEN') ? [draftFinding(rule, { path: file.path, startLine: i + 1, snippet: line.trim() })] : []);
    return { findings };
  },
};

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'patchline-pipe-'));
  for (const [rel, content] of Object.entries(files)) writeFileSync(path.join(root, rel), content);
  return root;
}

const tool = { name: 'patchline', version: '0.0.0' };

describe('pipeline', () => {
  it('re-scans only the named paths, with the fingerprints of a full scan', async () => {
    const root = tree({ 'a.txt': 'FORBIDDEN\n', 'b.txt': 'x\nFORBIDDEN\n', 'c.txt': 'FORBIDDEN\n' });
    const full = await runScan({ root, config: {}, scanners: [wordScanner], tool });
    const some = await runScan({ root, config: { exclude: ['c.txt'] }, scanners: [wordScanner], tool, paths: ['b.txt', 'c.txt'] });
    expect(some.findings.map((f) => f.fingerprint)).toEqual(full.findings.filter((f) => f.location.kind === 'file' && f.location.path === 'b.txt').map((f) => f.fingerprint));
  });

  it('keeps fingerprints stable when unrelated lines move, and distinct for repeated matches', async () => {
    const before = await runScan({ root: tree({ 'a.txt': 'FORBIDDEN\nok\nFORBIDDEN\n' }), config: {}, scanners: [wordScanner], tool });
    const after = await runScan({ root: tree({ 'a.txt': 'new line\n\nFORBIDDEN\nok\nFORBIDDEN\n' }), config: {}, scanners: [wordScanner], tool });
    expect(before.findings).toHaveLength(2);
    expect(after.findings.map((f) => f.fingerprint)).toEqual(before.findings.map((f) => f.fingerprint));
    expect(new Set(before.findings.map((f) => f.fingerprint)).size).toBe(2);
    expect(after.findings.map((f) => f.location.kind === 'file' && f.location.startLine)).toEqual([3, 5]);
  });

  it('reports a failing scanner, binary and invalid UTF-8 files as issues and keeps every finding', async () => {
    const root = tree({
      'boom.txt': 'FORBIDDEN',
      'bin.txt': Buffer.from([0x46, 0x00, 0x01, 0x02]),
      'latin1.txt': Buffer.concat([Buffer.from('caf\xe9 ', 'latin1'), Buffer.from('FORBIDDEN\n')]),
      'fine.txt': 'FORBIDDEN\n',
    });
    const result = await runScan({ root, config: {}, scanners: [wordScanner], tool });
    expect(result.findings.map((f) => f.location.kind === 'file' && f.location.path).sort()).toEqual(['fine.txt', 'latin1.txt']);
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ['bin.txt', 'binary-file'],
      ['boom.txt', 'scanner-error'],
      ['latin1.txt', 'invalid-utf8'],
    ]);
    expect(result.issues[1]!.message).toBe('words failed on this file: cannot cope');
  });

  it('applies ignores from the config and stamps scanner, sources and schema version', async () => {
    const root = tree({ 'a.txt': 'FORBIDDEN\n', 'b.txt': 'FORBIDDEN\n' });
    const result = await runScan({
      root, ref: 'demo', config: { ignore: [{ path: 'b.txt', reason: 'accepted' }] }, scanners: [wordScanner], tool,
    });
    expect(result.target).toEqual({ kind: 'directory', ref: 'demo' });
    expect(result.scanners).toEqual(['words']);
    expect(result.findings.map((f) => [f.scanner, f.sources, f.suppression?.status])).toEqual([
      ['words', ['words'], undefined],
      ['words', ['words'], 'active'],
    ]);
    expect(result.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('does not read files no scanner wants', async () => {
    const root = tree({ 'a.bin': Buffer.from([0, 1, 2]), 'a.txt': 'ok' });
    const result = await runScan({ root, config: {}, scanners: [wordScanner], tool });
    expect(result.issues).toEqual([]);
  });
});

describe('imported findings', () => {
  it('are stamped, listed among the scanners and deduplicated with native findings on the same line and CWE', async () => {
    const root = tree({ 'a.txt': 'FORBIDDEN\n' });
    const imported = {
      drafts: [{
        scanner: 'import:other',
        findings: [
          { ...draftFinding(rule, { path: 'a.txt', startLine: 1, snippet: 'FORBIDDEN' }), ruleId: 'other:W1', severity: 'critical' as const },
          { ...draftFinding(rule, { path: 'b.txt', startLine: 4, snippet: 'elsewhere' }), ruleId: 'other:W2' },
        ],
      }],
      issues: [{ code: 'import-skipped', message: '3 code smells skipped' }],
    };
    const result = await runScan({ root, config: {}, scanners: [wordScanner], tool, imported });
    expect(result.scanners).toEqual(['words', 'import:other']);
    expect(result.findings.map((f) => [f.ruleId, f.sources])).toEqual([
      ['test.word', ['words', 'import:other']],
      ['other:W2', ['import:other']],
    ]);
    expect(result.issues).toContainEqual({ code: 'import-skipped', message: '3 code smells skipped' });
  });
});
