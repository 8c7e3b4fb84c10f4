import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { secretInResponseRule } from './index.js';

describe('secret-in-response', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(secretInResponseRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
