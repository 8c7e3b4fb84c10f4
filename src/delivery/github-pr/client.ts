import { Octokit } from '@octokit/rest';
import { ExternalServiceError, errorMessage } from '../../core/errors.js';

/** Octokit as patchline uses it: a base URL (GitHub Enterprise, tests), no console noise, bounded requests. */

export const DEFAULT_API_URL = 'https://api.github.com';
const REQUEST_TIMEOUT_MS = 30_000;

export interface RetryPolicy {
  /** Retries after a rate limit or a server failure. */
  retries: number;
  /** The longest patchline waits for one rate-limit reset before it gives up with a clear error. */
  maxWaitMs: number;
  /** First backoff after a 5xx or a network failure; doubled each time. */
  backoffMs: number;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  maxWaitMs: 90_000,
  backoffMs: 1_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

export function githubClient(auth: string, apiUrl = DEFAULT_API_URL, version = 'dev'): Octokit {
  const octokit = new Octokit({ auth, baseUrl: apiUrl.replace(/\/+$/, ''), userAgent: `patchline/${version}`, log: quiet });
  // Each request gets its own deadline; a hung server becomes a retried network failure.
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
  });
  return octokit;
}

interface HttpErrorLike {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/**
 * Runs one GitHub call, waiting out rate limits (429, or 403 with retry-after / an exhausted
 * x-ratelimit-remaining, as GitHub documents them) and retrying 5xx and network failures with backoff.
 * A wait longer than the policy allows, or retries used up, is a clear error naming when to try again.
 */
export async function withRetry<T>(what: string, call: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const wait = retryDelay(err as HttpErrorLike, attempt, policy);
      if (wait === undefined) throw apiError(what, err);
      if (attempt >= policy.retries) throw apiError(what, err, 'retries used up');
      if (wait > policy.maxWaitMs) {
        const at = new Date(policy.now() + wait).toISOString().slice(11, 19);
        throw apiError(what, err, `rate limited until ${at} UTC; try again then`);
      }
      await policy.sleep(wait);
    }
  }
}

/** How long to wait before retrying, or undefined when the failure is not worth a retry. */
function retryDelay(err: HttpErrorLike, attempt: number, policy: RetryPolicy): number | undefined {
  const status = err.status ?? 0;
  const headers = err.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if ((status === 403 || status === 429) && Number.isFinite(retryAfter) && headers['retry-after'] !== undefined) return retryAfter * 1000;
  if ((status === 403 || status === 429) && String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    return Number.isFinite(reset) ? Math.max(0, reset - policy.now()) + 1000 : 60_000;
  }
  // A secondary rate limit without headers: GitHub asks for at least a minute.
  if (status === 429 || (status === 403 && /secondary rate limit/i.test(messageOf(err)))) return 60_000;
  if (status >= 500 || status === 0) return policy.backoffMs * 2 ** attempt;
  return undefined;
}

function apiError(what: string, err: unknown, note?: string): ExternalServiceError {
  const e = err as HttpErrorLike;
  const status = e.status ? `HTTP ${e.status}` : 'no answer';
  const detail = messageOf(e) || errorMessage(err);
  const hint = e.status === 401 ? ' Check the token (fix.github.tokenEnv, default GITHUB_TOKEN).' : e.status === 403 && !note ? ' The token needs contents: write and pull-requests: write on the repository.' : '';
  return new ExternalServiceError(`GitHub ${what} failed (${status}: ${detail.slice(0, 300)})${note ? `: ${note}` : ''}.${hint}`, { cause: err });
}

function messageOf(err: HttpErrorLike): string {
  const data = err.response?.data;
  if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') return data.message;
  return '';
}
