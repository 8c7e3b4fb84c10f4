import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { debugConsoleRule } from './index.js';

describe('debug-console', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(debugConsoleRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
