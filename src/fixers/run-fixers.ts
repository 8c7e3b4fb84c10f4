import type { PatchlineConfig } from '../core/config.js';
import { fixers as deterministicFixers } from './registry.js';
import type { Fixer } from './types.js';

/**
 * The fixers of one run, in the order they are tried: every deterministic fixer, then — when
 * patchline.yaml configures `llm:` and the user did not pass --no-llm — the LLM fixer, built once so
 * its budget covers the whole run. Its SDK is loaded only then.
 */
export async function fixersForRun(config: PatchlineConfig, options: { llm: boolean }): Promise<Fixer[]> {
  if (!config.llm || !options.llm) return [...deterministicFixers];
  const [{ llmSettings }, { createProvider }, { createLlmFixer }] = await Promise.all([
    import('./llm/config.js'),
    import('./llm/providers/index.js'),
    import('./llm/index.js'),
  ]);
  const settings = llmSettings(config.llm);
  return [...deterministicFixers, createLlmFixer(settings, await createProvider(settings))];
}
