import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { contentTypeOptionsRule } from './index.js';

describe('content-type-options', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(contentTypeOptionsRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
