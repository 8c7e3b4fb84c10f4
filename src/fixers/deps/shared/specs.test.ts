import { describe, expect, it } from 'vitest';
import { pep440Scheme } from '../../../versioning/pep440/index.js';
import { raiseNpmRange } from '../package-json/npm-range.js';
import { raisePep440 } from './pep440-spec.js';
import { raisePoetry } from './poetry-spec.js';
import { crossesMajor } from './upgrade.js';

const compare = pep440Scheme.compare;

describe('raising version constraints to a fixed version', () => {
  it.each([
    ['==1.0', '1.2', '==1.2'],
    ['>=1.0,<2', '1.2', '>=1.2,<2'],
    ['>=1.0, <2', '1.2', '>=1.2, <2'],
    ['>=1.5', '1.2', '>=1.5'],
    ['', '1.2', '>=1.2'],
    ['<2', '1.2', '>=1.2,<2'],
    ['!=1.1', '1.2', '>=1.2,!=1.1'],
    ['~=1.0', '1.2', '>=1.2,==1.*'],
    ['~=1.4.2', '1.4.9', '>=1.4.9,==1.4.*'],
    ['==1.*', '1.2', '>=1.2,==1.*'],
    ['===1.0', '1.2', '===1.2'],
  ])('PEP 440 %j to %s gives %j', (spec, target, expected) => {
    expect(raisePep440(spec, target, compare)).toBe(expected);
  });

  it.each([
    ['<1.2', '1.2', "'<1.2' excludes the fixed version 1.2"],
    ['!=1.2', '1.2', "'!=1.2' excludes the fixed version 1.2"],
    ['~=1.4.2', '1.5.0', "'~=1.4.2' stops below the fixed version 1.5.0"],
    ['==1.4.*', '1.5', "'==1.4.*' excludes the fixed version 1.5"],
    ['>=x', '1.5', "the version specifier '>=x' is not valid PEP 440 (invalid version)"],
  ])('PEP 440 %j cannot reach %s: %s', (spec, target, reason) => {
    expect(raisePep440(spec, target, compare)).toEqual({ reason });
  });

  it.each([
    ['^0.12', '2.2.5', '^2.2.5'],
    ['~1.24', '1.26.18', '~1.26.18'],
    ['1.24.1', '1.26.18', '1.26.18'],
    ['*', '3.7', '>=3.7'],
    ['==2.19.1', '2.31.0', '==2.31.0'],
    ['>=2.19,<3', '2.31.0', '>=2.31.0,<3'],
  ])('Poetry/Pipenv %j to %s gives %j', (spec, target, expected) => {
    expect(raisePoetry(spec, target, compare)).toBe(expected);
  });

  it.each([
    ['^4.17.4', '4.17.21', '^4.17.21'],
    ['~4.17.4', '4.17.21', '~4.17.21'],
    ['4.17.4', '4.17.21', '4.17.21'],
    ['=4.17.4', '4.17.21', '4.17.21'],
    ['>=4.0.0', '4.17.21', '>=4.17.21'],
  ])('npm %j to %s gives %j', (range, target, expected) => {
    expect(raiseNpmRange(range, target)).toBe(expected);
  });

  it.each(['4.x', '^3.0.0 || ^4.0.0', 'latest', 'github:lodash/lodash', '*'])('npm %j is left to a person', (range) => {
    expect(raiseNpmRange(range, '4.17.21')).toHaveProperty('reason');
  });

  it.each([
    ['0.12.2', '2.2.5', true],
    ['1.23', '1.26.18', false],
    ['2.7', '3.7', true],
    ['2018.4.16', '2023.07.22', false],
    ['1!1.0', '1!2.0', true],
  ])('%s → %s crosses a major version: %s', (from, to, crosses) => {
    expect(crossesMajor(from, to)).toBe(crosses);
  });
});
