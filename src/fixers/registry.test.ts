import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixerGroups, fixers } from './registry.js';
import { hasFixerCases } from './testing/cases.js';
import { checkRegistry } from '../testing/registry-contract.js';

const here = path.dirname(new URL(import.meta.url).pathname);

describe('fixer registry', () => {
  it.each(Object.keys(fixerGroups))('registers every %s fixer folder under its own id, with tests', (group) => {
    checkRegistry(path.join(here, group), fixerGroups[group]!, hasFixerCases);
  });

  it('gives every fixer a unique id across groups', () => {
    const ids = fixers.map((f) => f.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
