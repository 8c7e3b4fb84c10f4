import { ExternalServiceError, OutOfScopeError, ScanStoppedError, errorMessage } from '../../../core/errors.js';
import type { DastClient, HttpExchange, HttpRequestSpec, SendOptions } from '../types.js';
import { createCookieJar, type CookieJar } from './cookie-jar.js';
import type { AuthOptions, ClientLimits } from './options.js';
import { createPacer } from './pacer.js';
import type { Scope } from './scope.js';
import { createSession, type Session } from './session.js';
import { sendOnWire, TimeoutError } from './transport.js';

const SAFE_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];
const MAX_REDIRECTS = 5;
export const USER_AGENT = 'patchline-dast/0.1 (+https://github.com/patchline)';

export interface ClientOptions {
  scope: Scope;
  limits: ClientLimits;
  auth: AuthOptions;
  /** Methods allowed beyond GET, HEAD, POST, OPTIONS (config `dast.methods`). */
  extraMethods?: readonly string[];
  /** Called after each request, e.g. for progress. */
  onRequest?: (count: number) => void;
  /** Sees the login exchanges (their Set-Cookie is what the cookie rules check). */
  onLoginExchange?: (exchange: HttpExchange) => void;
}

/** The client plus what the scanner needs beyond the rules' contract. */
export interface ScanClient extends DastClient {
  readonly jar: CookieJar;
  /** Why the scan stopped early, if it did. */
  readonly stopReason: string | undefined;
  /** Non-fatal problems (a failed login) to report as scan issues. */
  readonly problems: string[];
  /** Logs in when a login recipe is configured. */
  start(): Promise<void>;
  close(): void;
}

export function createDastClient(options: ClientOptions): ScanClient {
  const { scope, limits } = options;
  const methods = new Set([...SAFE_METHODS, ...(options.extraMethods ?? [])]);
  const pacer = createPacer(limits.concurrency, limits.requestsPerSecond);
  const jar = createCookieJar(options.auth.cookies);
  const controller = new AbortController();
  const problems: string[] = [];
  let count = 0;
  let consecutiveErrors = 0;
  let stopReason: string | undefined;
  const deadline = setTimeout(() => stop(`the scan reached its time limit (${Math.round(limits.maxDurationMs / 1000)} s, dast.limits.maxDuration)`), limits.maxDurationMs);
  deadline.unref();

  function stop(reason: string): void {
    if (stopReason) return;
    stopReason = reason;
    controller.abort(new ScanStoppedError(reason));
  }

  function check(request: HttpRequestSpec): void {
    if (stopReason) throw new ScanStoppedError(stopReason);
    const why = scope.reason(request.url);
    if (why) throw new OutOfScopeError(`not requesting ${request.url}: ${why}`);
    if (!methods.has(request.method.toUpperCase())) {
      throw new OutOfScopeError(`not sending ${request.method} ${request.url}: add ${request.method} to dast.methods to allow it`);
    }
    if (count >= limits.maxRequests) {
      stop(`the scan sent its ${limits.maxRequests} requests (dast.limits.maxRequests)`);
      throw new ScanStoppedError(stopReason!);
    }
  }

  async function sendOnce(request: HttpRequestSpec, signal?: AbortSignal): Promise<HttpExchange> {
    check(request);
    count++;
    const headers = requestHeaders(request, options.auth.headers, jar);
    const body = request.body;
    const combined = signal ? AbortSignal.any([controller.signal, signal]) : controller.signal;
    try {
      const response = await pacer.run(
        () => sendOnWire({ method: request.method.toUpperCase(), url: request.url, headers, ...(body !== undefined && { body }), timeoutMs: limits.timeoutMs, maxBodyBytes: limits.maxBodyBytes, signal: combined }),
        combined,
      );
      jar.absorb(response.headers['set-cookie']);
      countError(response.status >= 500, `${response.status} answers`);
      return { request: { method: request.method.toUpperCase(), url: request.url, headers, ...(body !== undefined && { body }) }, response };
    } catch (err) {
      if (controller.signal.aborted) throw controller.signal.reason;
      if (signal?.aborted) throw err;
      countError(true, err instanceof TimeoutError ? 'timeouts' : 'failed requests');
      throw new ExternalServiceError(`${request.method} ${request.url} failed: ${errorMessage(err)}`, { cause: err });
    } finally {
      options.onRequest?.(count);
    }
  }

  function countError(failed: boolean, what: string): void {
    consecutiveErrors = failed ? consecutiveErrors + 1 : 0;
    if (consecutiveErrors >= limits.maxErrors) stop(`the target gave ${consecutiveErrors} ${what} in a row (dast.limits.maxErrors); is it down?`);
  }

  const session: Session = createSession(options.auth.login, { sendOnce, jar, problems, ...(options.onLoginExchange && { observe: options.onLoginExchange }) });

  async function send(request: HttpRequestSpec, opts: SendOptions = {}): Promise<HttpExchange> {
    let exchange = await session.sendWithSession(request, opts.signal);
    for (let hop = 0; opts.followRedirects && hop < MAX_REDIRECTS; hop++) {
      const next = redirectTarget(exchange);
      if (!next || !scope.contains(next)) break;
      const keepMethod = exchange.response.status === 307 || exchange.response.status === 308;
      exchange = await session.sendWithSession(keepMethod ? { ...request, url: next } : { method: 'GET', url: next }, opts.signal);
    }
    return exchange;
  }

  return {
    send,
    inScope: (url) => scope.contains(url),
    get requestCount() {
      return count;
    },
    signal: controller.signal,
    jar,
    get stopReason() {
      return stopReason;
    },
    problems,
    start: () => session.login(),
    close: () => clearTimeout(deadline),
  };
}

function requestHeaders(request: HttpRequestSpec, authHeaders: Record<string, string>, jar: CookieJar): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: '*/*' };
  for (const [k, v] of Object.entries(authHeaders)) headers[k.toLowerCase()] = v;
  for (const [k, v] of Object.entries(request.headers ?? {})) headers[k.toLowerCase()] = v;
  const cookies = [jar.header(), request.headers && Object.entries(request.headers).find(([k]) => k.toLowerCase() === 'cookie')?.[1]];
  const cookie = mergeCookies(cookies[0], cookies[1]);
  if (cookie) headers.cookie = cookie;
  return headers;
}

/** The jar's cookies with the request's own (an active rule's mutated cookie) taking precedence. */
function mergeCookies(jar: string | undefined, own: string | undefined): string | undefined {
  if (!own) return jar;
  const ownNames = new Set(own.split(';').map((c) => c.split('=')[0]!.trim()));
  const kept = (jar ?? '').split(';').map((c) => c.trim()).filter((c) => c && !ownNames.has(c.split('=')[0]!.trim()));
  return [...kept, own].join('; ');
}

/** The absolute URL a 3xx answer points to, if any. */
export function redirectTarget(exchange: HttpExchange): string | undefined {
  const { status, headers } = exchange.response;
  if (status < 300 || status > 399 || !headers.location) return undefined;
  try {
    return new URL(headers.location, exchange.request.url).href;
  } catch {
    return undefined;
  }
}
