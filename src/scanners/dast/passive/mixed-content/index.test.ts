import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { mixedContentRule } from './index.js';

describe('mixed-content', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(mixedContentRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
