import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScan, type FileJobPool } from './pipeline.js';
import type { RuleMeta } from './model.js';
import { fileJobPlugins, runFileJob } from './file-job.js';
import { draftFinding } from '../scanners/draft-finding.js';
import type { Scanner } from '../scanners/types.js';

const rule: RuleMeta = {
  id: 'test.defined', title: 'Use of a word defined elsewhere', description: 'd', severity: 'low',
  category: 'code', confidence: 'high', cwe: ['CWE-1'], help: 'h',
};

/** Reports lines using a word that another file defines (`define WORD`): needs the whole tree first. */
const definedScanner: Scanner = {
  meta: { id: 'defined', version: '1.0.0', summary: 'test scanner' },
  rules: [rule],
  matches: (p) => p.endsWith('.txt'),
  prepareMatches: (p) => p.endsWith('.txt'),
  prepare: (files) => files.flatMap((f) => [...f.text.matchAll(/^define (\w+)$/gm)].map((m) => m[1]!)),
  scanFile(file, ctx) {
    const words = (ctx.prepared ?? []) as string[];
    const findings = file.text.split('\n').flatMap((line, i) =>
      line.startsWith('use ') && words.includes(line.slice(4)) ? [draftFinding(rule, { path: file.path, startLine: i + 1, snippet: line })] : []);
    return { findings };
  },
};

const tool = { name: 'patchline', version: '0.0.0' };

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'patchline-prepare-'));
  for (const [rel, content] of Object.entries(files)) writeFileSync(path.join(root, rel), content);
  return root;
}

describe('scanner pre-pass', () => {
  it('runs before any file is scanned, over the whole tree, also for a re-scan of some paths', async () => {
    const root = tree({ 'a.txt': 'use apple\nuse pear\n', 'z.txt': 'define apple\n' });
    const full = await runScan({ root, config: {}, scanners: [definedScanner], tool });
    expect(full.findings.map((f) => f.location.kind === 'file' && `${f.location.path}:${f.location.startLine}`)).toEqual(['a.txt:1']);
    const some = await runScan({ root, config: {}, scanners: [definedScanner], tool, paths: ['a.txt'] });
    expect(some.findings).toHaveLength(1);
  });

  it('hands the result to the worker pool before its first batch', async () => {
    const files: Record<string, string> = { 'defs.txt': 'define kiwi\n' };
    for (let i = 0; i < 520; i++) files[`f${i}.txt`] = 'use kiwi\n';
    const root = tree(files);
    let shared: Record<string, unknown> | undefined;
    const plugins = fileJobPlugins(root, {}, [definedScanner], []);
    const pool: FileJobPool = {
      size: 1,
      share: (data) => (shared = data),
      run: (batch) => runFileJob(batch, { ...plugins, ...(shared && { prepared: shared }) }),
    };
    const result = await runScan({ root, config: {}, scanners: [definedScanner], tool, pool });
    expect(shared).toEqual({ defined: ['kiwi'] });
    expect(result.findings).toHaveLength(520);
  });

  it('reports a pre-pass that throws and scans on without its data', async () => {
    const root = tree({ 'a.txt': 'use apple\n', 'z.txt': 'define apple\n' });
    const failing: Scanner = { ...definedScanner, prepare: () => { throw new Error('no memory'); } };
    const result = await runScan({ root, config: {}, scanners: [failing], tool });
    expect(result.findings).toEqual([]);
    expect(result.issues.map((i) => i.code)).toContain('scanner-error');
  });
});
