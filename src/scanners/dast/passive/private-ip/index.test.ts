import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { privateIpRule } from './index.js';

describe('private-ip', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(privateIpRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
