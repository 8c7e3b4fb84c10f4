import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { hstsRule } from './index.js';

describe('hsts', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(hstsRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
