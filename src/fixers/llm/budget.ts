import type { LlmReply } from './providers/types.js';

/** Published list prices (USD per million tokens) by model family, for the cost estimate only. */
const LIST_PRICES: { pattern: RegExp; inputPerMTok: number; outputPerMTok: number }[] = [
  { pattern: /opus/i, inputPerMTok: 5, outputPerMTok: 25 },
  { pattern: /sonnet/i, inputPerMTok: 3, outputPerMTok: 15 },
  { pattern: /haiku/i, inputPerMTok: 1, outputPerMTok: 5 },
];

export function estimateCostUsd(model: string, inputTokens: number, outputTokens: number, pricing?: { inputPerMTok: number; outputPerMTok: number }): number | undefined {
  const price = pricing ?? LIST_PRICES.find((p) => p.pattern.test(model));
  if (!price) return undefined;
  return Math.round(((inputTokens * price.inputPerMTok + outputTokens * price.outputPerMTok) / 1e6) * 1e6) / 1e6;
}

/** What one run may spend on the model: calls, tokens and wall-clock time, shared by every finding. */
export class LlmBudget {
  calls = 0;
  tokens = 0;
  private readonly deadline: number;

  constructor(private readonly limits: { calls: number; tokens: number; seconds: number }, now = Date.now()) {
    this.deadline = now + limits.seconds * 1000;
  }

  /** Why no further call may be made, or undefined when one may. */
  exhausted(now = Date.now()): string | undefined {
    if (this.calls >= this.limits.calls) return `the LLM budget of ${this.limits.calls} calls is spent (llm.budget.calls)`;
    if (this.tokens >= this.limits.tokens) return `the LLM budget of ${this.limits.tokens} tokens is spent (llm.budget.tokens)`;
    if (now >= this.deadline) return `the LLM time budget of ${this.limits.seconds} s is spent (llm.budget.seconds)`;
    return undefined;
  }

  /** Time left, for the per-call abort signal. */
  remainingMs(now = Date.now()): number {
    return Math.max(0, this.deadline - now);
  }

  record(reply: Pick<LlmReply, 'inputTokens' | 'outputTokens'>): void {
    this.calls += 1;
    this.tokens += reply.inputTokens + reply.outputTokens;
  }

  /** A failed call still counts against the call budget. */
  recordFailure(): void {
    this.calls += 1;
  }
}
