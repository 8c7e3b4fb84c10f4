import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { antiCsrfRule } from './index.js';

describe('anti-csrf', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(antiCsrfRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
