import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { cspRule } from './index.js';

describe('csp', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(cspRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
