import { setTimeout as sleep } from 'node:timers/promises';
import { ExternalServiceError } from '../../../core/errors.js';
import { parseChallenge } from './challenge.js';
import type { Credential } from './credentials.js';
import { httpGet, PermanentNetworkError, type HttpResponse, type RegistryTuning } from './http.js';
import type { RegistryRef } from './reference.js';
import { basicAuthorization, fetchBearerToken } from './token.js';

export interface RegistryClientOptions {
  ref: RegistryRef;
  /** Looked up once, on the first challenge (so anonymous pulls never touch credential helpers). */
  credentials: () => Promise<Credential | undefined>;
  insecure: ReadonlySet<string>;
  tuning: RegistryTuning;
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * GETs against one repository of one registry: the auth challenge answered once (basic or bearer),
 * transient failures retried with backoff, redirects followed by hand so that the Authorization header
 * never leaves the registry's own host.
 */
export class RegistryClient {
  private authorization: string | undefined;
  private authTried = false;
  readonly origin: URL;

  constructor(private readonly options: RegistryClientOptions) {
    const scheme = options.insecure.has(options.ref.host) ? 'http' : 'https';
    this.origin = new URL(`${scheme}://${options.ref.host}`);
  }

  get host(): string {
    return this.options.ref.host;
  }

  /** GET /v2/<repo>/<path>; the caller reads or discards the body. */
  async get(path: string, accept: string, signal?: AbortSignal): Promise<HttpResponse> {
    const url = new URL(`/v2/${this.options.ref.repository}/${path}`, this.origin);
    for (let attempt = 0; ; attempt++) {
      let res: HttpResponse;
      try {
        res = await this.follow(url, accept, signal);
      } catch (err) {
        if (signal?.aborted || !(err instanceof ExternalServiceError) || err instanceof PermanentNetworkError || attempt >= this.options.tuning.retries) throw err;
        await sleep(this.backoff(attempt), undefined, { signal });
        continue;
      }
      if (res.status === 401 && !this.authTried) {
        res.discard();
        await this.authenticate(res, signal);
        attempt--;
        continue;
      }
      if (!RETRYABLE.has(res.status) || attempt >= this.options.tuning.retries) return res;
      res.discard();
      await sleep(this.backoff(attempt, res.headers.get('retry-after')), undefined, { signal });
    }
  }

  private backoff(attempt: number, retryAfter?: string | null): number {
    const asked = Number(retryAfter) * 1000;
    const base = this.options.tuning.backoffMs * 2 ** attempt;
    return Number.isFinite(asked) && asked > 0 ? Math.min(asked, 30_000) : base + Math.random() * base * 0.2;
  }

  private async follow(start: URL, accept: string, signal?: AbortSignal): Promise<HttpResponse> {
    let url = start;
    let authorization = this.authorization;
    for (let hop = 0; hop <= this.options.tuning.maxRedirects; hop++) {
      const headers: Record<string, string> = { Accept: accept };
      if (authorization) headers.Authorization = authorization;
      const res = await httpGet(url, headers, this.options.tuning, signal);
      const location = res.headers.get('location');
      if (!REDIRECT.has(res.status) || !location) return res;
      res.discard();
      const next = new URL(location, url);
      if (next.protocol !== 'https:' && !(next.protocol === 'http:' && this.options.insecure.has(next.host))) {
        throw new ExternalServiceError(`${this.host} redirected to ${next.protocol}//${next.host}, which is not HTTPS (and not a host named with --insecure-registry); refusing to follow it.`);
      }
      // Blob redirects go to storage (S3, a CDN): the registry's credentials stay with the registry.
      if (next.host !== this.origin.host) authorization = undefined;
      url = next;
    }
    throw new ExternalServiceError(`${this.host} redirected more than ${this.options.tuning.maxRedirects} times; refusing to follow a redirect loop.`);
  }

  private async authenticate(res: HttpResponse, signal?: AbortSignal): Promise<void> {
    this.authTried = true;
    const challenge = parseChallenge(res.headers.get('www-authenticate'));
    const credential = await this.options.credentials();
    if (challenge?.scheme === 'bearer') {
      const token = await fetchBearerToken({
        challenge,
        scope: `repository:${this.options.ref.repository}:pull`,
        registryHost: this.host,
        ...(credential ? { credential } : {}),
        insecure: this.options.insecure,
        tuning: this.options.tuning,
        ...(signal ? { signal } : {}),
      });
      this.authorization = `Bearer ${token}`;
      return;
    }
    if (challenge?.scheme === 'basic' && credential) {
      this.authorization = basicAuthorization(credential);
      return;
    }
    throw new ExternalServiceError(`${this.host} requires authentication${credential ? ` by a scheme patchline does not speak (${challenge?.scheme ?? 'none'})` : `; run \`docker login ${this.host}\` (patchline reads ~/.docker/config.json)`}.`);
  }
}
