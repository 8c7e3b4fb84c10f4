import { describe, expect, it } from 'vitest';
import { type Edge, scopesByReach } from './scope-graph.js';

function graph(edges: Record<string, Edge[]>) {
  return (node: string) => edges[node] ?? [];
}

describe('scopesByReach', () => {
  it('keeps production when any path is production, else the narrowest group a path needs', () => {
    const scopes = scopesByReach(
      [
        { to: 'app-dep', kind: 'prod' },
        { to: 'test-tool', kind: 'dev' },
        { to: 'native', kind: 'optional' },
      ],
      graph({
        'app-dep': [{ to: 'shared', kind: 'prod' }, { to: 'maybe', kind: 'optional' }, { to: 'host', kind: 'peer' }],
        'test-tool': [{ to: 'shared', kind: 'prod' }, { to: 'only-dev', kind: 'prod' }, { to: 'maybe', kind: 'prod' }],
        native: [{ to: 'bindings', kind: 'prod' }],
      }),
    );
    expect(Object.fromEntries(scopes)).toEqual({
      'app-dep': undefined,
      shared: undefined,
      maybe: 'optional',
      host: 'peer',
      native: 'optional',
      bindings: 'optional',
      'test-tool': 'dev',
      'only-dev': 'dev',
    });
  });

  it('terminates on cycles and leaves unreached nodes out', () => {
    const scopes = scopesByReach([{ to: 'a', kind: 'dev' }], graph({ a: [{ to: 'b', kind: 'prod' }], b: [{ to: 'a', kind: 'prod' }], c: [{ to: 'a', kind: 'prod' }] }));
    expect(Object.fromEntries(scopes)).toEqual({ a: 'dev', b: 'dev' });
  });
});
