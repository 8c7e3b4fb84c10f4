import { describe, expect, it } from 'vitest';
import { isExactVersion, isValidName, nameFromPath, parseNpmAlias, specProtocol, splitDescriptor } from './names.js';

describe('npm names and specs', () => {
  it('splits descriptors, keeping the scope', () => {
    expect(splitDescriptor('@babel/code-frame@^7.0.0')).toEqual({ name: '@babel/code-frame', spec: '^7.0.0' });
    expect(splitDescriptor('lodash@npm:4.17.21')).toEqual({ name: 'lodash', spec: 'npm:4.17.21' });
    expect(splitDescriptor('balanced-match')).toEqual({ name: 'balanced-match', spec: '' });
    expect(splitDescriptor('@scope/only')).toEqual({ name: '@scope/only', spec: '' });
  });

  it('reads npm aliases, not berry registry specs', () => {
    expect(parseNpmAlias('npm:string-width@^4.2.0')).toEqual({ name: 'string-width', spec: '^4.2.0' });
    expect(parseNpmAlias('npm:@babel/code-frame@7.0.0')).toEqual({ name: '@babel/code-frame', spec: '7.0.0' });
    expect(parseNpmAlias('npm:1.0.2')).toBeUndefined();
    expect(parseNpmAlias('npm:^1.0.0')).toBeUndefined();
    expect(parseNpmAlias('^1.0.0')).toBeUndefined();
  });

  it('names the protocol of a spec', () => {
    expect(specProtocol('^1.2.3')).toBeUndefined();
    expect(specProtocol('1.2.3 || 2')).toBeUndefined();
    expect(specProtocol('file:../x')).toBe('file');
    expect(specProtocol('git+ssh://git@github.com/a/b.git#abc')).toBe('git+ssh');
    expect(specProtocol('GitHub:a/b')).toBe('github');
    expect(specProtocol('getsentry/raven-js#3.23.1')).toBe('git');
    expect(specProtocol('./local/dir')).toBeUndefined();
    expect(specProtocol('unsupported:~2.0.6')).toBe('unsupported');
  });

  it('validates names and exact versions', () => {
    expect(isValidName('@types/node')).toBe(true);
    expect(isValidName('a/b/c')).toBe(false);
    expect(isValidName('file:../x')).toBe(false);
    expect(isValidName('')).toBe(false);
    expect(isExactVersion('1.0.0-beta.2+build.7')).toBe(true);
    expect(isExactVersion('2.1.6+git')).toBe(true);
    expect(isExactVersion('^1.0.0')).toBe(false);
    expect(isExactVersion('1.0')).toBe(false);
  });

  it('takes the package name from the end of an install path', () => {
    expect(nameFromPath('node_modules/a/node_modules/@s/b')).toBe('@s/b');
    expect(nameFromPath('deps/etag')).toBe('etag');
    expect(nameFromPath('node_modules/wrappy')).toBe('wrappy');
  });
});
