import { describe, expect, it } from 'vitest';
import { gemfileLockCataloger } from './index.js';

const extract = (text: string) => gemfileLockCataloger.extract({ path: 'app/Gemfile.lock', size: text.length, text });

const LOCK = [
  'GIT',
  '  remote: https://github.com/rails/rails.git',
  '  revision: 0123456789abcdef',
  '  specs:',
  '    rails (7.1.0.alpha)',
  '      actionpack (= 7.1.0.alpha)',
  '',
  'PATH',
  '  remote: vendor/engine',
  '  specs:',
  '    engine (0.1.0)',
  '',
  'GEM',
  '  remote: https://rubygems.org/',
  '  specs:',
  '    actionpack (7.1.0.alpha)',
  '    nokogiri (1.15.4-x86_64-linux)',
  '      racc (~> 1.4)',
  '    nokogiri (1.15.4-arm64-darwin)',
  '      racc (~> 1.4)',
  '    racc (1.7.1)',
  '',
  'PLATFORMS',
  '  arm64-darwin',
  '  x86_64-linux',
  '',
  'DEPENDENCIES',
  '  engine!',
  '  nokogiri (~> 1.15)',
  '  rails!',
  '',
  'CHECKSUMS',
  '  racc (1.7.1) sha256=abc',
  '',
  'BUNDLED WITH',
  '   2.5.3',
].join('\r\n');

describe('ruby/gemfile-lock', () => {
  it('matches Gemfile.lock and gems.locked', () => {
    expect(gemfileLockCataloger.matches('Gemfile.lock')).toBe(true);
    expect(gemfileLockCataloger.matches('x/gems.locked')).toBe(true);
    expect(gemfileLockCataloger.matches('Gemfile')).toBe(false);
  });

  it('reads GIT, PATH and GEM specs with lines, drops platform suffixes and marks DEPENDENCIES as direct', () => {
    const out = extract(LOCK);
    expect(out.issues).toBeUndefined();
    expect(out.packages.map((p) => [p.name, p.version, p.locations.map((l) => l.line), p.direct])).toEqual([
      ['actionpack', '7.1.0.alpha', [16], false],
      ['engine', '0.1.0', [11], true],
      ['nokogiri', '1.15.4', [17, 19], true],
      ['racc', '1.7.1', [21], false],
      ['rails', '7.1.0.alpha', [5], true],
    ]);
    expect(out.packages[2]?.purl).toBe('pkg:gem/nokogiri@1.15.4');
  });

  it('leaves direct unset without a DEPENDENCIES section', () => {
    const out = extract('GEM\n  specs:\n    rake (13.0.6)\n');
    expect(out.packages[0]?.direct).toBeUndefined();
  });

  describe('hostile input', () => {
    const secret = 'hunter2-SECRET';
    it.each([
      ['binary garbage', `\u0000\u0001${secret}\uFFFD`],
      ['JSON', `{"GEM": "${secret}"}`],
      ['YAML', `GEM:\n  specs: ${secret}`],
      ['a spec without version', `GEM\n  specs:\n    ${secret}`],
    ])('%s gives a parse-error issue that does not quote the file', (_name, text) => {
      const out = extract(text);
      expect(out.packages).toEqual([]);
      expect(out.issues).toHaveLength(1);
      expect(out.issues![0]).toMatchObject({ code: 'parse-error', path: 'app/Gemfile.lock' });
      expect(out.issues![0]!.message).not.toContain(secret);
    });

    it('keeps the gems it could read', () => {
      const out = extract('GEM\n  specs:\n    a (1.0)\n    ??? broken\n    b (2.0)\n');
      expect(out.packages.map((p) => p.name)).toEqual(['a', 'b']);
      expect(out.issues?.[0]?.message).toContain('first at line 4');
    });
  });
});
