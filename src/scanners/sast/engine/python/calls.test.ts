import { describe, expect, it } from 'vitest';
import { parseSource } from '../parser.js';
import { PythonFile } from './context.js';

function file(lines: string[]): PythonFile {
  const text = lines.join('\n');
  return new PythonFile('t.py', text, parseSource(text, 'python').tree!);
}

describe('python call names', () => {
  it('reads plain dotted names from the text and everything else from the tree, alike', () => {
    const f = file([
      'import os.path as p',
      'p.join(a)',
      'p . join(a)',
      'p.\\',
      '  join(a)',
      'None.x()',
      'café.tasse()',
      'x[0].y()',
      'f()()',
      'self.db.execute(q)',
    ]);
    const calls = f.nodes('call').map((c) => [f.callName(c), f.callMethod(c)]);
    expect(calls).toEqual([
      ['os.path.join', 'join'],
      ['os.path.join', 'join'],
      ['os.path.join', 'join'],
      [undefined, 'x'],
      ['café.tasse', 'tasse'],
      [undefined, 'y'],
      [undefined, undefined],
      ['f', undefined],
      ['self.db.execute', 'execute'],
    ]);
  });

  it('finds calls by name, method or last name part, once each, in document order', () => {
    const f = file(['import subprocess as sp', 'sp.run(a)', 'cur.execute(q)', 'run(b)', 'sp.call(c)', 'conn.run(d)']);
    const lines = (calls: readonly { startPosition: { row: number } }[]) => calls.map((c) => c.startPosition.row + 1);
    expect(lines(f.calls(['subprocess.run', 'subprocess.call']))).toEqual([2, 5]);
    expect(lines(f.calls([], ['run']))).toEqual([2, 4, 6]);
    expect(lines(f.calls(['subprocess.run'], ['execute', 'run']))).toEqual([2, 3, 4, 6]);
    expect(f.calls(['os.system'])).toEqual([]);
  });
});
