import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { cacheControlRule } from './index.js';

describe('cache-control', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(cacheControlRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
