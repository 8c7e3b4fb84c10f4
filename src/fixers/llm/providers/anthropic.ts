import { ConfigError } from '../../../core/errors.js';
import type { LlmSettings } from '../config.js';
import type { LlmProvider, LlmReply, LlmRequest } from './types.js';

export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-5-5';

/** The Anthropic Messages API through the official SDK (ANTHROPIC_API_KEY, or the env var `apiKeyEnv` names). */
export async function anthropicProvider(settings: LlmSettings): Promise<LlmProvider> {
  const keyEnv = settings.apiKeyEnv ?? 'ANTHROPIC_API_KEY';
  const apiKey = process.env[keyEnv];
  if (!apiKey) throw new ConfigError(`llm.provider is anthropic but ${keyEnv} is not set: export your Anthropic API key in it`);
  const { default: Anthropic } = await import('@anthropic-ai/sdk');
  const client = new Anthropic({ apiKey, baseURL: settings.baseUrl, maxRetries: settings.retries, timeout: settings.requestTimeoutSeconds * 1000 });
  const model = settings.model ?? DEFAULT_ANTHROPIC_MODEL;
  return {
    id: 'anthropic',
    model,
    async complete(request: LlmRequest): Promise<LlmReply> {
      const reply = await client.messages.create(
        {
          model,
          max_tokens: request.maxOutputTokens,
          system: request.system,
          messages: request.messages.map((m) => ({ role: m.role, content: m.text })),
        },
        { signal: request.signal },
      );
      const text = reply.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
      return {
        text,
        inputTokens: reply.usage?.input_tokens ?? 0,
        outputTokens: reply.usage?.output_tokens ?? 0,
        model: reply.model ?? model,
        stop: reply.stop_reason === 'end_turn' || reply.stop_reason === 'stop_sequence' ? 'end' : reply.stop_reason === 'max_tokens' ? 'max-tokens' : 'other',
      };
    },
  };
}
