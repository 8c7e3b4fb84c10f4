import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRuleFixtures } from '../shared/fixtures.js';
import { permissionsPolicyRule } from './index.js';

describe('permissions-policy', () => {
  it('fires and stays quiet as the recorded exchanges say', () => {
    checkRuleFixtures(permissionsPolicyRule, path.dirname(new URL(import.meta.url).pathname));
  });
});
