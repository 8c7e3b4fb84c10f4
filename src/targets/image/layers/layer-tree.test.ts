import { describe, expect, it } from 'vitest';
import { LayerTree } from './layer-tree.js';

function paths(tree: LayerTree): string[] {
  return [...tree.files()].map((f) => `${f.path}@${f.node.layer}`);
}

describe('LayerTree', () => {
  it('applies whiteouts and opaque directories to the layers below only', () => {
    const tree = new LayerTree();
    tree.apply(0, [
      { path: 'etc/a', kind: 'file', size: 1 },
      { path: 'etc/b', kind: 'file', size: 1 },
      { path: 'app/old/x.py', kind: 'file', size: 1 },
      { path: 'app/keep.py', kind: 'file', size: 1 },
      { path: 'var/cache/y', kind: 'file', size: 1 },
    ]);
    tree.apply(1, [
      // the layer's own files may come before its opaque marker: they stay
      { path: 'var/cache/new', kind: 'file', size: 1 },
      { path: 'var/cache', kind: 'opaque' },
      { path: 'etc/a', kind: 'whiteout' },
      { path: 'app/old', kind: 'whiteout' },
      { path: 'etc/b', kind: 'file', size: 2 },
    ]);
    expect(paths(tree)).toEqual(['app/keep.py@0', 'etc/b@1', 'var/cache/new@1']);
    expect(tree.node('etc/b')?.size).toBe(2);
  });

  it('replaces a file by a directory and knows paths below a symlink', () => {
    const tree = new LayerTree();
    tree.apply(0, [{ path: 'opt', kind: 'file' }, { path: 'lib', kind: 'symlink', target: 'usr/lib' }]);
    tree.apply(1, [{ path: 'opt/tool/bin', kind: 'file' }]);
    expect(paths(tree)).toEqual(['opt/tool/bin@1']);
    expect(tree.linkedAbove('lib/x.so')).toBe(true);
    expect(tree.linkedAbove('opt/tool/bin')).toBe(false);
  });
});
