import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { cookieFlagsRule } from './index.js';

describe('cookie-flags', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(cookieFlagsRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
