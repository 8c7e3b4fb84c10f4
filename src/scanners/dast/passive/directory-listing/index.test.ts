import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { directoryListingRule } from './index.js';

describe('directory-listing', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(directoryListingRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
