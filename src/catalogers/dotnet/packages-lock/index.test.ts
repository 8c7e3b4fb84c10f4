import { describe, expect, it } from 'vitest';
import { packagesLockCataloger } from './index.js';

const extract = (text: string) => packagesLockCataloger.extract({ path: 'src/App/packages.lock.json', size: text.length, text });

const LOCK = JSON.stringify({
  version: 2,
  dependencies: {
    'net6.0': {
      'Newtonsoft.Json': { type: 'Direct', requested: '[13.0.1, )', resolved: '13.0.1' },
      'System.Text.Json': { type: 'Transitive', resolved: '6.0.0' },
      'My.Library': { type: 'Project', dependencies: { 'Newtonsoft.Json': '[13.0.1, )' } },
    },
    'net8.0': {
      'Newtonsoft.Json': { type: 'Direct', requested: '[13.0.1, )', resolved: '13.0.1' },
      'System.Text.Json': { type: 'CentralTransitive', requested: '[8.0.0, )', resolved: '8.0.0' },
    },
    'net8.0/linux-x64': {
      'runtime.native.System': { type: 'Transitive', resolved: '4.3.0' },
    },
  },
});

describe('dotnet/packages-lock', () => {
  it('matches packages.lock.json only', () => {
    expect(packagesLockCataloger.matches('packages.lock.json')).toBe(true);
    expect(packagesLockCataloger.matches('src/App/packages.lock.json')).toBe(true);
    expect(packagesLockCataloger.matches('package-lock.json')).toBe(false);
  });

  it('reads every target framework, skips project references and collapses duplicates', () => {
    const out = extract(LOCK);
    expect(out.issues).toBeUndefined();
    expect(out.packages.map((p) => [p.name, p.version, p.direct, p.locations.length])).toEqual([
      ['Newtonsoft.Json', '13.0.1', true, 1],
      ['runtime.native.System', '4.3.0', false, 1],
      ['System.Text.Json', '6.0.0', false, 1],
      ['System.Text.Json', '8.0.0', false, 1],
    ]);
    expect(out.packages[0]?.purl).toBe('pkg:nuget/Newtonsoft.Json@13.0.1');
  });

  it('reports entries without a resolved version and keeps the others', () => {
    const out = extract(JSON.stringify({ dependencies: { net6: { A: { type: 'Transitive' }, B: { type: 'Direct', resolved: '1.0.0' } }, bad: 3 } }));
    expect(out.packages.map((p) => p.name)).toEqual(['B']);
    expect(out.issues).toEqual([{ code: 'parse-error', message: expect.stringContaining('2 entr'), path: 'src/App/packages.lock.json' }]);
  });

  describe('hostile input', () => {
    const secret = 'hunter2-SECRET';
    it.each([
      ['binary garbage', `\u0000\u0001${secret}\uFFFD`],
      ['XML', `<packages><package id="${secret}"/></packages>`],
      ['truncated JSON', `{"dependencies": {"net6.0": {"${secret}": `],
      ['a JSON array', `["${secret}"]`],
      ['dependencies as a string', `{"dependencies": "${secret}"}`],
    ])('%s gives a parse-error issue that does not quote the file', (_name, text) => {
      const out = extract(text);
      expect(out.packages).toEqual([]);
      expect(out.issues).toHaveLength(1);
      expect(out.issues![0]).toMatchObject({ code: 'parse-error', path: 'src/App/packages.lock.json' });
      expect(out.issues![0]!.message).not.toContain(secret);
    });
  });
});
