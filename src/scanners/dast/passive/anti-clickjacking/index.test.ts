import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { antiClickjackingRule } from './index.js';

describe('anti-clickjacking', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(antiClickjackingRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
