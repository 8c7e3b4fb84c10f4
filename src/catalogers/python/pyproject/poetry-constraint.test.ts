import { describe, expect, it } from 'vitest';
import { poetryVersionInfo } from './poetry-constraint.js';

describe('poetryVersionInfo', () => {
  it.each([
    ['1.2.3', { version: '1.2.3' }],
    ['==1.2.3', { version: '1.2.3' }],
    ['=1.2.3', { version: '1.2.3' }],
    ['^1.2', { version: '1.2', constraint: '^1.2' }],
    ['~1.2.3', { version: '1.2.3', constraint: '~1.2.3' }],
    ['~=1.2', { version: '1.2', constraint: '~=1.2' }],
    ['1.2.*', { version: '1.2', constraint: '1.2.*' }],
    ['*', { version: '', constraint: '*' }],
    ['', { version: '', constraint: '' }],
    ['>=1.2,<2.0', { version: '1.2', constraint: '>=1.2,<2.0' }],
    ['>= 1.2 < 2.0', { version: '1.2', constraint: '>= 1.2 < 2.0' }],
    ['<2.0', { version: '', constraint: '<2.0' }],
    ['^2.0 || ^1.5', { version: '1.5', constraint: '^2.0 || ^1.5' }],
    ['^2.0 || <1.0', { version: '', constraint: '^2.0 || <1.0' }],
  ])('%s', (text, want) => {
    expect(poetryVersionInfo(text)).toEqual(want);
  });

  it.each(['latest', '^', '>=1.2 garbage', '1.2.3 || ', '==5.*.*', '"1.2"', '^1.2 $'])('rejects %s', (text) => {
    expect(poetryVersionInfo(text)).toBeUndefined();
  });
});
