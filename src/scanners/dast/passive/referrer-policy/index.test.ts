import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { referrerPolicyRule } from './index.js';

describe('referrer-policy', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(referrerPolicyRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
