/** One chat turn sent to a model. The conversation alternates user and assistant, starting with user. */
export interface LlmMessage {
  role: 'user' | 'assistant';
  text: string;
}

export interface LlmRequest {
  system: string;
  messages: LlmMessage[];
  maxOutputTokens: number;
  signal: AbortSignal;
}

export interface LlmReply {
  text: string;
  inputTokens: number;
  outputTokens: number;
  /** The model id the server says answered (falls back to the one asked for). */
  model: string;
  /** `max-tokens` means the answer was cut off. */
  stop: 'end' | 'max-tokens' | 'other';
}

export interface LlmProvider {
  id: LlmProviderId;
  model: string;
  complete(request: LlmRequest): Promise<LlmReply>;
}

export const LLM_PROVIDERS = ['anthropic', 'bedrock', 'openai'] as const;
export type LlmProviderId = (typeof LLM_PROVIDERS)[number];
