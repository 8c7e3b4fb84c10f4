import { describe, expect, it } from 'vitest';
import { parseSource } from './parser.js';
import { COLLECT_AFTER_BYTES, treeDone } from './tree-memory.js';

describe('treeDone', () => {
  it('collects the trees of finished files once the byte budget is spent', async () => {
    const text = Array.from({ length: 200 }, (_, i) => `v${i} = f(${i}, "x")`).join('\n');
    let tree: object | undefined = parseSource(text, 'python').tree;
    const ref = new WeakRef(tree!);
    tree = undefined;
    await new Promise((resolve) => setImmediate(resolve));
    // Under budget: nothing forces a collection, and the small heap gives V8 no reason for one.
    treeDone(1);
    expect(ref.deref()).toBeDefined();
    // deref() keeps its target alive to the end of the current job.
    await new Promise((resolve) => setImmediate(resolve));
    treeDone(COLLECT_AFTER_BYTES);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ref.deref()).toBeUndefined();
  });
});
