import path from 'node:path';
import { describe, it } from 'vitest';
import { checkRegistry } from '../../../testing/registry-contract.js';
import { activeRules } from './registry.js';

describe('active DAST rule registry', () => {
  it('registers every rule folder under its own id, with tests', () => {
    checkRegistry(path.dirname(new URL(import.meta.url).pathname), activeRules);
  });
});
