import { describe, expect, it } from 'vitest';
import { beforeOptions, classifyLine } from './classify.js';
import { logicalLines, stripComment } from './lines.js';

describe('logicalLines', () => {
  it('joins continuations and numbers a logical line by where it starts', () => {
    expect(logicalLines('a==1 \\\n  --hash=sha256:1 \\\n  --hash=sha256:2\nb==2\n')).toEqual([
      { line: 1, text: 'a==1   --hash=sha256:1   --hash=sha256:2' },
      { line: 4, text: 'b==2' },
    ]);
  });

  it('lets a comment line end a continuation, as pip does', () => {
    expect(logicalLines('a==1 \\\n# note \\\nb==2')).toEqual([
      { line: 1, text: 'a==1' },
      { line: 3, text: 'b==2' },
    ]);
  });

  it('keeps a trailing backslash at the end of the file, CRLF endings and a BOM harmless', () => {
    expect(logicalLines('\uFEFFx==1\r\ny==2 \\')).toEqual([
      { line: 1, text: 'x==1' },
      { line: 2, text: 'y==2' },
    ]);
  });

  it('strips comments only at the start or after whitespace', () => {
    expect(stripComment('pkg==1.0   # pinned')).toBe('pkg==1.0');
    expect(stripComment('# all of it')).toBe('');
    expect(stripComment('git+https://x/y#egg=z')).toBe('git+https://x/y#egg=z');
  });
});

describe('classifyLine', () => {
  it('reads -r and -c includes in every spelling', () => {
    for (const [line, include, target] of [
      ['-r base.txt', 'requirement', 'base.txt'],
      ['--requirement base.txt', 'requirement', 'base.txt'],
      ['--requirement=base.txt', 'requirement', 'base.txt'],
      ['-rbase.txt', 'requirement', 'base.txt'],
      ['-c "c.txt"', 'constraint', 'c.txt'],
      ['--constraint=c.txt', 'constraint', 'c.txt'],
    ]) {
      expect(classifyLine(line!), line).toEqual({ kind: 'include', include, target });
    }
    expect(classifyLine('-r')).toEqual({ kind: 'include-missing-target' });
  });

  it('skips editables, URLs, VCS, local paths and options that name no package', () => {
    for (const line of [
      '-e .', '--editable=git+https://github.com/a/b#egg=b', '-i https://pypi.example/simple', '--index-url=https://x',
      '--extra-index-url https://x', '--find-links ./wheels', '--no-binary :all:', '--require-hashes', '--pre',
      'git+https://github.com/a/b.git@v1#egg=b', 'https://example.com/pkg-1.0.tar.gz', './downloads/numpy-1.9.2-cp34-none-win32.whl',
      'downloads/pkg.whl', 'pkg-1.0.tar.gz', '/abs/path', 'C:\\wheels\\x.whl', '.', '~/src/pkg',
    ]) {
      expect(classifyLine(line), line).toEqual({ kind: 'skip' });
    }
  });

  it('cuts per-requirement options and a glued comment off the requirement', () => {
    expect(classifyLine('foo==1.0; python_version < "2.7" --hash=sha256:1')).toEqual({ kind: 'requirement', text: 'foo==1.0; python_version < "2.7"' });
    expect(classifyLine('Jinja2==3.0.0#comment')).toEqual({ kind: 'requirement', text: 'Jinja2==3.0.0' });
    expect(beforeOptions('foo17--hash==1.0 -C bar')).toBe('foo17--hash==1.0');
    expect(beforeOptions('foo==1.0 --config-settings=x --hash=sha256:1 trailing')).toBe('foo==1.0');
  });
});
