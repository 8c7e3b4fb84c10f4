import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { goScheme } from './index.js';
import { parseGoVersion } from './go-version.js';

describe('go scheme', () => {
  it('expands v1 and v1.2 shorthands, never with a suffix', () => {
    expect(parseGoVersion('v1')).toMatchObject({ major: '1', minor: '0', patch: '0' });
    expect(parseGoVersion('v1.2')).toMatchObject({ major: '1', minor: '2', patch: '0' });
    expect(parseGoVersion('v1.2-rc.1')).toBeUndefined();
    expect(parseGoVersion('v1+meta')).toBeUndefined();
  });

  it('reads pseudo-versions as pre-releases', () => {
    expect(parseGoVersion('v0.0.0-20191109021931-daa7c04131f5')?.prerelease).toEqual(['20191109021931-daa7c04131f5']);
    expect(parseGoVersion('v1.2.4-pre.0.20191109021931-daa7c04131f5')?.prerelease).toEqual([
      'pre', '0', '20191109021931-daa7c04131f5',
    ]);
    expect(goScheme.compare('v1.2.4-0.20191109021931-daa7c04131f5', 'v1.2.3')).toBe(1);
  });

  it('treats +incompatible as build metadata', () => {
    expect(parseGoVersion('v2.0.0+incompatible')?.build).toEqual(['incompatible']);
    expect(goScheme.compare('v2.0.0+incompatible', 'v2.0.0')).toBe(0);
  });

  it('accepts versions without the v, as OSV writes them', () => {
    expect(goScheme.compare('1.2.3', 'v1.2.3')).toBe(0);
    expect(goScheme.isValid('1.2')).toBe(true);
  });

  it('maps Go toolchain names onto SemVer', () => {
    expect(parseGoVersion('go1.21.3')).toMatchObject({ major: '1', minor: '21', patch: '3', prerelease: [] });
    expect(parseGoVersion('go1.21rc2')).toMatchObject({ major: '1', minor: '21', patch: '0', prerelease: ['rc', '2'] });
    expect(parseGoVersion('go1.9beta1')?.prerelease).toEqual(['beta', '1']);
    expect(parseGoVersion('go1.20')).toMatchObject({ minor: '20', patch: '0' });
    expect(parseGoVersion('go1.21.x')).toBeUndefined();
    expect(parseGoVersion('go01.2')).toBeUndefined();
  });

  it('does not trim: Go versions carry no whitespace', () => {
    expect(goScheme.isValid(' v1.2.3')).toBe(false);
    expect(goScheme.isValid('v1.2.3 ')).toBe(false);
  });

  it('throws InvalidVersionError for an invalid version', () => {
    expect(() => goScheme.compare('v1.2.3.4', 'v1.2.3')).toThrow(InvalidVersionError);
    expect(() => goScheme.compare('v1.2.3', 'latest')).toThrow(/not a valid go version/);
  });

  it('refuses more than 256 characters', () => {
    const v = `v1.0.0-${'a'.repeat(249)}`;
    expect(v.length).toBe(256);
    expect(goScheme.isValid(v)).toBe(true);
    expect(goScheme.isValid(`${v}a`)).toBe(false);
  });
});
