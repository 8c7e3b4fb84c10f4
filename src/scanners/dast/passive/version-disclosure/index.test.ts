import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { versionDisclosureRule } from './index.js';

describe('version-disclosure', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(versionDisclosureRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
