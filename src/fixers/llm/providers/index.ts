import type { LlmSettings } from '../config.js';
import { anthropicProvider } from './anthropic.js';
import { bedrockProvider } from './bedrock.js';
import { openaiProvider } from './openai.js';
import type { LlmProvider, LlmProviderId } from './types.js';

const FACTORIES: Record<LlmProviderId, (settings: LlmSettings) => Promise<LlmProvider>> = {
  anthropic: anthropicProvider,
  bedrock: bedrockProvider,
  openai: openaiProvider,
};

/** The provider patchline.yaml's `llm.provider` names, with its SDK loaded only now. */
export function createProvider(settings: LlmSettings): Promise<LlmProvider> {
  return FACTORIES[settings.provider](settings);
}
