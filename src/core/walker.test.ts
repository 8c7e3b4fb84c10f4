import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanIssue } from './model.js';
import { walk, type WalkOptions } from './walker.js';

const root = mkdtempSync(path.join(tmpdir(), 'patchline-walk-'));
const outside = mkdtempSync(path.join(tmpdir(), 'patchline-outside-'));

function put(rel: string, content: string | Buffer = 'x'): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
}

put('app.py');
put('src/main.js');
put('build/out.js');
put('logs/a.log');
put('sub/.gitignore', 'local.txt\n');
put('sub/local.txt');
put('sub/kept.txt');
put('.gitignore', 'build/\n*.log\n');
put('.git/config');
put('docs/readme.md');
writeFileSync(path.join(outside, 'secret.txt'), 'outside');
symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'escape.txt'));
symlinkSync(outside, path.join(root, 'escape-dir'));
symlinkSync('loop-b', path.join(root, 'loop-a'));
symlinkSync('loop-a', path.join(root, 'loop-b'));
symlinkSync('app.py', path.join(root, 'inner-link.py'));
mkdirSync(path.join(root, 'cycle'));
symlinkSync('..', path.join(root, 'cycle', 'up'));
execFileSync('mkfifo', [path.join(root, 'pipe')]);

async function collect(options: Partial<WalkOptions> = {}): Promise<{ files: string[]; issues: ScanIssue[] }> {
  const issues: ScanIssue[] = [];
  const files: string[] = [];
  for await (const f of walk({ root, onIssue: (i) => issues.push(i), ...options })) files.push(f.path);
  return { files: files.sort(), issues };
}

afterAll(() => {
  chmodSync(path.join(root, 'docs'), 0o755);
});

describe('walker', () => {
  it('walks regular files, honouring .gitignore at every level and skipping .git', async () => {
    const { files } = await collect();
    expect(files).toEqual(['.gitignore', 'app.py', 'docs/readme.md', 'src/main.js', 'sub/.gitignore', 'sub/kept.txt']);
  });

  it('applies configured excludes to files and directories', async () => {
    const { files } = await collect({ exclude: ['docs/**', '**/*.js'] });
    expect(files).toEqual(['.gitignore', 'app.py', 'sub/.gitignore', 'sub/kept.txt']);
  });

  it('can ignore .gitignore when asked', async () => {
    const { files } = await collect({ gitignore: false });
    expect(files).toContain('build/out.js');
    expect(files).toContain('sub/local.txt');
  });

  it('reports links out of the root, loops and special files without following them', async () => {
    const { issues } = await collect();
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.code]));
    expect(byPath).toEqual({
      'escape.txt': 'symlink-outside-root',
      'escape-dir': 'symlink-outside-root',
      'loop-a': 'symlink-loop',
      'loop-b': 'symlink-loop',
      pipe: 'special-file',
    });
  });

  it('reports an unreadable directory and goes on', async () => {
    chmodSync(path.join(root, 'docs'), 0o000);
    // root reads everything, so as root the walk runs with an unprivileged effective uid (this test file has its own process)
    const asRoot = process.geteuid?.() === 0;
    if (asRoot) {
      chmodSync(root, 0o755);
      process.seteuid!(65534);
    }
    try {
      const { files, issues } = await collect();
      expect(issues).toContainEqual(expect.objectContaining({ code: 'unreadable-directory', path: 'docs' }));
      expect(issues.find((i) => i.path === 'docs')!.message).toBe('cannot read: permission denied; skipped');
      expect(files).toContain('app.py');
    } finally {
      if (asRoot) process.seteuid!(0);
    }
  });

  it('stops at maxFiles with an issue', async () => {
    const { files, issues } = await collect({ maxFiles: 2 });
    expect(files).toHaveLength(2);
    expect(issues.map((i) => i.code)).toContain('too-many-files');
  });
});
