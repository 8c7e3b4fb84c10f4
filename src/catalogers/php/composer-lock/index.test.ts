import { describe, expect, it } from 'vitest';
import type { CatalogContext } from '../../types.js';
import { composerLockCataloger } from './index.js';

const noFiles: CatalogContext = { readFile: async () => undefined };
const extract = (text: string, ctx = noFiles) => composerLockCataloger.extract({ path: 'web/composer.lock', size: text.length, text }, ctx);

const LOCK = JSON.stringify(
  {
    packages: [
      { name: 'Symfony/HTTP-Kernel', version: 'v5.4.0' },
      { name: 'guzzlehttp/guzzle', version: '7.8.1' },
    ],
    'packages-dev': [{ name: 'phpunit/phpunit', version: '10.5.0' }],
    platform: { php: '^8.1' },
  },
  null,
  2,
);

describe('php/composer-lock', () => {
  it('matches composer.lock only', () => {
    expect(composerLockCataloger.matches('composer.lock')).toBe(true);
    expect(composerLockCataloger.matches('a/composer.lock')).toBe(true);
    expect(composerLockCataloger.matches('composer.json')).toBe(false);
  });

  it('reads packages and packages-dev with lines, lower-case names and versions as written', async () => {
    const out = await extract(LOCK);
    expect(out.issues).toBeUndefined();
    expect(out.packages.map((p) => [p.name, p.version, p.locations[0]?.line, p.scope])).toEqual([
      ['guzzlehttp/guzzle', '7.8.1', 8, undefined],
      ['phpunit/phpunit', '10.5.0', 14, 'dev'],
      ['symfony/http-kernel', 'v5.4.0', 4, undefined],
    ]);
    expect(out.packages[2]?.purl).toBe('pkg:composer/symfony/http-kernel@v5.4.0');
    expect(out.packages[0]?.direct).toBeUndefined();
  });

  it('marks what composer.json requires as direct when it sits beside the lock', async () => {
    const manifest = JSON.stringify({ require: { 'symfony/http-kernel': '^5.4' }, 'require-dev': { 'phpunit/phpunit': '^10' } });
    const ctx: CatalogContext = { readFile: async (p) => (p === 'web/composer.json' ? manifest : undefined) };
    const out = await extract(LOCK, ctx);
    expect(Object.fromEntries(out.packages.map((p) => [p.name, p.direct]))).toEqual({
      'guzzlehttp/guzzle': false,
      'phpunit/phpunit': true,
      'symfony/http-kernel': true,
    });
  });

  it('collapses duplicates and reports entries without a version', async () => {
    const text = JSON.stringify({ packages: [{ name: 'a/b', version: '1.0.0' }, { name: 'a/b', version: '1.0.0' }, { name: 'c/d' }] }, null, 1);
    const out = await extract(text);
    expect(out.packages).toHaveLength(1);
    expect(out.packages[0]?.locations).toHaveLength(2);
    expect(out.issues).toEqual([{ code: 'parse-error', message: expect.stringContaining('line 12'), path: 'web/composer.lock' }]);
  });

  describe('hostile input', () => {
    const secret = 'hunter2-SECRET';
    it.each([
      ['binary garbage', `\u0000\u0001${secret}\uFFFD`],
      ['TOML', `[packages]\nname = "${secret}"`],
      ['truncated JSON', `{"packages": [{"name": "${secret}"`],
      ['JSON with comments', `{"packages": [] /* ${secret} */}`],
      ['a JSON array', `["${secret}"]`],
      ['null', 'null'],
      ['deep nesting', '['.repeat(200_000)],
      ['an empty file', ''],
    ])('%s gives a parse-error issue that does not quote the file', async (_name, text) => {
      const out = await extract(text);
      expect(out.packages).toEqual([]);
      expect(out.issues).toHaveLength(1);
      expect(out.issues![0]).toMatchObject({ code: 'parse-error', path: 'web/composer.lock' });
      expect(out.issues![0]!.message).not.toContain(secret);
    });

    it('reports a section that is not an array and keeps the other', async () => {
      const out = await extract(JSON.stringify({ packages: { name: secret }, 'packages-dev': [{ name: 'a/b', version: '1' }] }));
      expect(out.packages.map((p) => p.name)).toEqual(['a/b']);
      expect(out.issues?.[0]?.message).toBe('composer.lock: "packages" is not an array');
    });
  });
});
