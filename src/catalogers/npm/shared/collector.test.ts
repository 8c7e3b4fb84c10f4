import { describe, expect, it } from 'vitest';
import { createCollector, widerScope } from './collector.js';

describe('createCollector', () => {
  it('collapses one name and version found at several install paths', () => {
    const c = createCollector('app/package-lock.json');
    c.add({ name: 'ajv', version: '5.5.2', line: 40, direct: false, scope: 'dev' });
    c.add({ name: 'ajv', version: '5.5.2', line: 12, direct: true, scope: 'optional' });
    c.add({ name: 'AJV', version: '5.5.2', line: 60, direct: false });
    c.add({ name: 'ajv', version: '6.0.0', line: 70, direct: false, scope: 'dev' });
    const [first, second] = c.packages();
    expect(first).toEqual({
      ecosystem: 'npm',
      name: 'ajv',
      version: '5.5.2',
      purl: 'pkg:npm/ajv@5.5.2',
      locations: [{ path: 'app/package-lock.json', line: 12 }],
      direct: true,
    });
    expect(second).toMatchObject({ version: '6.0.0', scope: 'dev', direct: false });
    expect(c.packages()).toHaveLength(2);
  });

  it('builds scoped purls and leaves unknown facts out', () => {
    const c = createCollector('yarn.lock');
    c.add({ name: '@babel/core', version: '' });
    c.add({ name: '  ', version: '1.0.0' });
    expect(c.packages()).toEqual([{ ecosystem: 'npm', name: '@babel/core', version: '', purl: 'pkg:npm/%40babel/core', locations: [{ path: 'yarn.lock' }] }]);
  });

  it('ranks production over optional over peer over dev', () => {
    expect(widerScope('dev', 'peer')).toBe('peer');
    expect(widerScope('optional', 'peer')).toBe('optional');
    expect(widerScope(undefined, 'optional')).toBeUndefined();
  });
});
