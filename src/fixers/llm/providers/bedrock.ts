import type { LlmSettings } from '../config.js';
import type { LlmProvider, LlmReply, LlmRequest } from './types.js';

/** A cross-region inference profile of a current Claude model that every commercial region offers. */
export const DEFAULT_BEDROCK_MODEL = 'global.anthropic.claude-sonnet-5-5';

/**
 * Claude on AWS Bedrock through the Converse API. Credentials and region come from the AWS SDK's
 * default chain (env, shared profile, SSO, instance role); `baseUrl` overrides the endpoint (VPC
 * endpoints, tests). HTTP/1 via NodeHttpHandler so plain-HTTP endpoints work too.
 */
export async function bedrockProvider(settings: LlmSettings): Promise<LlmProvider> {
  const [{ BedrockRuntimeClient, ConverseCommand }, { NodeHttpHandler }] = await Promise.all([
    import('@aws-sdk/client-bedrock-runtime'),
    import('@smithy/node-http-handler'),
  ]);
  const client = new BedrockRuntimeClient({
    region: settings.region,
    endpoint: settings.baseUrl,
    maxAttempts: settings.retries + 1,
    requestHandler: new NodeHttpHandler({ requestTimeout: settings.requestTimeoutSeconds * 1000 }),
  });
  const model = settings.model ?? DEFAULT_BEDROCK_MODEL;
  return {
    id: 'bedrock',
    model,
    async complete(request: LlmRequest): Promise<LlmReply> {
      const reply = await client.send(
        new ConverseCommand({
          modelId: model,
          system: [{ text: request.system }],
          messages: request.messages.map((m) => ({ role: m.role, content: [{ text: m.text }] })),
          inferenceConfig: { maxTokens: request.maxOutputTokens },
        }),
        { abortSignal: request.signal },
      );
      const text = (reply.output?.message?.content ?? []).map((block) => block.text ?? '').join('');
      return {
        text,
        inputTokens: reply.usage?.inputTokens ?? 0,
        outputTokens: reply.usage?.outputTokens ?? 0,
        model,
        stop: reply.stopReason === 'end_turn' || reply.stopReason === 'stop_sequence' ? 'end' : reply.stopReason === 'max_tokens' ? 'max-tokens' : 'other',
      };
    },
  };
}
