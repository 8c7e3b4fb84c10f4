import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { stackTraceRule } from './index.js';

describe('stack-trace', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(stackTraceRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
