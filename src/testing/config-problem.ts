import { expect } from 'vitest';
import { parseConfig } from '../core/config.js';
import { ConfigError } from '../core/errors.js';

/** The ConfigError message a patchline.yaml text gives (fails the test when it parses). */
export async function configProblem(yaml: string): Promise<string> {
  try {
    await parseConfig(yaml);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a config error');
}
