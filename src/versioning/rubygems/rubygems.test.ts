import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { parseGemVersion } from './gem-version.js';
import { rubygemsScheme } from './index.js';

describe('rubygems scheme', () => {
  it('builds canonical segments as Gem::Version#canonical_segments', () => {
    expect(parseGemVersion('1.0.0')).toEqual(['1']);
    expect(parseGemVersion('1.0.a.0')).toEqual(['1', 'a']);
    expect(parseGemVersion('1.0a1')).toEqual(['1', 'a', '1']);
    expect(parseGemVersion('2.0.0-rc.1')).toEqual(['2', 'pre', 'rc', '1']);
    expect(parseGemVersion('1.a.0.b.0')).toEqual(['1', 'a', '0', 'b']);
    expect(parseGemVersion('0')).toEqual([]);
    expect(parseGemVersion('007.1')).toEqual(['7', '1']);
  });

  it('strips surrounding ASCII whitespace like String#strip, nothing wider', () => {
    expect(rubygemsScheme.compare('  1.0\n', '1.0.0')).toBe(0);
    expect(rubygemsScheme.isValid('\u00a01.0')).toBe(false);
  });

  it('refuses an empty version, which Gem::Version would read as 0', () => {
    expect(rubygemsScheme.isValid('')).toBe(false);
    expect(rubygemsScheme.isValid('   ')).toBe(false);
  });

  it('orders words before numbers and words by bytes', () => {
    expect(rubygemsScheme.compare('1.0.a', '1.0')).toBe(-1);
    expect(rubygemsScheme.compare('1.a.1', '1.a.b')).toBe(1);
    expect(rubygemsScheme.compare('1.0.Z', '1.0.a')).toBe(-1);
    expect(rubygemsScheme.compare('1.0.rc10', '1.0.rc9')).toBe(1);
  });

  it('throws InvalidVersionError for an invalid version', () => {
    expect(() => rubygemsScheme.compare('v1.0', '1.0')).toThrow(InvalidVersionError);
    expect(() => rubygemsScheme.compare('1.0', '1.0-')).toThrow(/not a valid rubygems version/);
  });

  it('stays linear on hostile input and refuses more than 256 characters', () => {
    for (const h of ['1' + '.a'.repeat(127) + '!', '1-' + '-'.repeat(250) + '.', ' '.repeat(250) + 'x']) {
      expect(rubygemsScheme.isValid(h)).toBe(false);
    }
    expect(rubygemsScheme.isValid('1' + '.a'.repeat(127))).toBe(true);
    expect(rubygemsScheme.isValid('1' + '.a'.repeat(128))).toBe(false);
  });
});
