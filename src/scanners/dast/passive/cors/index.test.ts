import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { corsRule } from './index.js';

describe('cors', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(corsRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
