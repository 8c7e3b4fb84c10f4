import { describe, expect, it } from 'vitest';
import { nodeModulesCataloger } from './index.js';


describe('npm/node-modules', () => {
  it('matches installed packages, scoped and nested, not their inner files', () => {
    expect(['app/node_modules/lodash/package.json', 'node_modules/@babel/core/package.json', 'node_modules/a/node_modules/b/package.json'].every(nodeModulesCataloger.matches)).toBe(true);
    expect(['package.json', 'node_modules/lodash/lib/package.json', 'node_modules/.bin/package.json'].some(nodeModulesCataloger.matches)).toBe(false);
  });

  it('reads name and version; a broken manifest is an issue', async () => {
    const text = JSON.stringify({ name: '@babel/core', version: '7.12.3', dependencies: {} });
    const out = await nodeModulesCataloger.extract({ path: 'node_modules/@babel/core/package.json', size: text.length, text });
    expect(out.packages.map((p) => [p.name, p.version, p.purl])).toEqual([['@babel/core', '7.12.3', 'pkg:npm/%40babel/core@7.12.3']]);
    expect((await nodeModulesCataloger.extract({ path: 'node_modules/x/package.json', size: 1, text: '{' })).issues?.[0]?.code).toBe('parse-error');
  });
});
