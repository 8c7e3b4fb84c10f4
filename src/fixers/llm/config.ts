import { z } from 'zod';
import { LLM_PROVIDERS } from './providers/types.js';

/** `llm:` in patchline.yaml: who writes the fixes the deterministic fixers cannot, and how much it may spend. */
export const LlmConfigSchema = z.strictObject({
  provider: z.enum(LLM_PROVIDERS, { error: `one of ${LLM_PROVIDERS.join(', ')}` }),
  model: z.string().min(1).optional(),
  /** API base URL (Anthropic, OpenAI-compatible servers such as Ollama) or the Bedrock endpoint. */
  baseUrl: z.url({ protocol: /^https?$/, error: 'an http(s) URL such as http://127.0.0.1:11434/v1' }).optional(),
  /** Bedrock: the AWS region (default: the SDK's chain, AWS_REGION …). */
  region: z.string().min(1).optional(),
  /** The environment variable holding the API key (default ANTHROPIC_API_KEY / OPENAI_API_KEY). */
  apiKeyEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name such as MY_LLM_KEY').optional(),
  budget: z
    .strictObject({
      /** Model calls per run, across every finding. */
      calls: z.number().int().positive().optional(),
      /** Input + output tokens per run. */
      tokens: z.number().int().positive().optional(),
      /** Wall-clock seconds per run. */
      seconds: z.number().positive().optional(),
      /** Attempts per finding (a rejected answer is retried with the reason). */
      attempts: z.number().int().min(1).max(5).optional(),
    })
    .optional(),
  maxOutputTokens: z.number().int().min(256).max(32_000).optional(),
  /** USD per million tokens, for the cost estimate recorded with each fix. */
  pricing: z.strictObject({ inputPerMTok: z.number().nonnegative(), outputPerMTok: z.number().nonnegative() }).optional(),
  allow: z
    .strictObject({
      /** May a fix add an import of a package the project does not already use? */
      newDependencies: z.boolean().optional(),
      /** May a fix touch tests, CI/workflow files or lockfiles? */
      protectedFiles: z.boolean().optional(),
    })
    .optional(),
});
export type LlmConfig = z.infer<typeof LlmConfigSchema>;

/** The keys of each `llm` section, for "did you mean" hints. */
export const LLM_KNOWN_KEYS: Record<string, string[]> = {
  llm: Object.keys(LlmConfigSchema.shape),
  'llm.budget': ['calls', 'tokens', 'seconds', 'attempts'],
  'llm.pricing': ['inputPerMTok', 'outputPerMTok'],
  'llm.allow': ['newDependencies', 'protectedFiles'],
};

/** The config with every default filled in. */
export interface LlmSettings {
  provider: LlmConfig['provider'];
  model?: string;
  baseUrl?: string;
  region?: string;
  apiKeyEnv?: string;
  calls: number;
  tokens: number;
  seconds: number;
  attempts: number;
  maxOutputTokens: number;
  requestTimeoutSeconds: number;
  /** Transport retries inside the SDK (429/5xx), on top of patchline's own attempts. */
  retries: number;
  pricing?: { inputPerMTok: number; outputPerMTok: number };
  allowNewDependencies: boolean;
  allowProtectedFiles: boolean;
}

export function llmSettings(config: LlmConfig): LlmSettings {
  return {
    provider: config.provider,
    model: config.model,
    baseUrl: config.baseUrl,
    region: config.region,
    apiKeyEnv: config.apiKeyEnv,
    calls: config.budget?.calls ?? 20,
    tokens: config.budget?.tokens ?? 200_000,
    seconds: config.budget?.seconds ?? 300,
    attempts: config.budget?.attempts ?? 2,
    maxOutputTokens: config.maxOutputTokens ?? 4096,
    requestTimeoutSeconds: 120,
    retries: 2,
    pricing: config.pricing,
    allowNewDependencies: config.allow?.newDependencies ?? false,
    allowProtectedFiles: config.allow?.protectedFiles ?? false,
  };
}
