import type { LlmSettings } from '../config.js';
import type { LlmProvider, LlmReply, LlmRequest } from './types.js';

/**
 * Any server that speaks OpenAI's Chat Completions (OpenAI, Ollama, vLLM, llama.cpp). Local servers
 * often need no key; the SDK still wants a string, so a placeholder is sent when none is set.
 */
export async function openaiProvider(settings: LlmSettings): Promise<LlmProvider> {
  const apiKey = process.env[settings.apiKeyEnv ?? 'OPENAI_API_KEY'] ?? 'not-needed';
  const { default: OpenAI } = await import('openai');
  const client = new OpenAI({ apiKey, baseURL: settings.baseUrl, maxRetries: settings.retries, timeout: settings.requestTimeoutSeconds * 1000 });
  const model = settings.model ?? 'gpt-4o-mini';
  return {
    id: 'openai',
    model,
    async complete(request: LlmRequest): Promise<LlmReply> {
      const reply = await client.chat.completions.create(
        {
          model,
          max_tokens: request.maxOutputTokens,
          messages: [{ role: 'system', content: request.system }, ...request.messages.map((m) => ({ role: m.role, content: m.text }))],
        },
        { signal: request.signal },
      );
      const choice = reply.choices?.[0];
      return {
        text: choice?.message?.content ?? '',
        inputTokens: reply.usage?.prompt_tokens ?? 0,
        outputTokens: reply.usage?.completion_tokens ?? 0,
        model: reply.model ?? model,
        stop: choice?.finish_reason === 'stop' ? 'end' : choice?.finish_reason === 'length' ? 'max-tokens' : 'other',
      };
    },
  };
}
