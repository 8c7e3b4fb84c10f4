import type { LayerEntry } from './read-layer.js';

export interface TreeNode {
  kind: Exclude<LayerEntry['kind'], 'whiteout' | 'opaque'>;
  /** Index of the layer that wrote this node (bottom layer = 0). */
  layer: number;
  size?: number;
  target?: string;
  children?: Map<string, TreeNode>;
}

/**
 * The image's file system as the container sees it, metadata only: layers applied bottom first, each
 * layer's whiteouts and opaque directories hiding what the layers below wrote (never what the same
 * layer writes), then its own entries.
 */
export class LayerTree {
  private readonly root: TreeNode = { kind: 'dir', layer: -1, children: new Map() };

  apply(layer: number, entries: readonly LayerEntry[]): void {
    for (const e of entries) {
      if (e.kind === 'whiteout') this.remove(e.path);
      else if (e.kind === 'opaque') this.node(e.path)?.children?.clear();
    }
    for (const e of entries) {
      if (e.kind !== 'whiteout' && e.kind !== 'opaque') this.add(layer, e);
    }
  }

  node(path: string): TreeNode | undefined {
    let at: TreeNode | undefined = this.root;
    for (const part of path === '' ? [] : path.split('/')) at = at?.children?.get(part);
    return at;
  }

  /** Is a directory above this path a symbolic link (so that writing the path would go through it)? */
  linkedAbove(path: string): boolean {
    let at: TreeNode | undefined = this.root;
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) {
      at = at?.children?.get(part);
      if (!at) return false;
      if (at.kind === 'symlink') return true;
    }
    return false;
  }

  /** Regular files and hard links, depth first, in name order. */
  *files(dir = '', at: TreeNode = this.root): Generator<{ path: string; node: TreeNode }> {
    for (const name of [...(at.children?.keys() ?? [])].sort()) {
      const child = at.children!.get(name)!;
      const path = dir ? `${dir}/${name}` : name;
      if (child.kind === 'dir') yield* this.files(path, child);
      else if (child.kind === 'file' || child.kind === 'hardlink') yield { path, node: child };
    }
  }

  private remove(path: string): void {
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? this.root : this.node(path.slice(0, slash));
    parent?.children?.delete(path.slice(slash + 1));
  }

  private add(layer: number, e: LayerEntry): void {
    const parts = e.path.split('/');
    let at = this.root;
    for (const part of parts.slice(0, -1)) {
      let next = at.children!.get(part);
      if (!next || next.kind !== 'dir') {
        next = { kind: 'dir', layer, children: new Map() };
        at.children!.set(part, next);
      }
      at = next;
    }
    const name = parts[parts.length - 1]!;
    const existing = at.children!.get(name);
    if (e.kind === 'dir' && existing?.kind === 'dir') return;
    const node: TreeNode = { kind: e.kind as TreeNode['kind'], layer };
    if (e.size !== undefined) node.size = e.size;
    if (e.target !== undefined) node.target = e.target;
    if (e.kind === 'dir') node.children = new Map();
    at.children!.set(name, node);
  }
}
