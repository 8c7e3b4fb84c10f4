import type { Confidence, RuleMeta, Severity } from '../../core/model.js';
import type { PluginMeta } from '../types.js';

/**
 * The contract between the crawler/HTTP client and the DAST rules. Every request a rule sends goes
 * through `DastClient`, which checks scope, caps and rate before anything leaves the process.
 */

export interface HttpRequestSpec {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Already encoded body (form-urlencoded, JSON …) with its content type in `headers`. */
  body?: string;
}

export interface HttpResponseData {
  status: number;
  /** Lower-case names; repeated headers (set-cookie) joined with "\n". */
  headers: Record<string, string>;
  /** Decoded as text, truncated at the client's body limit. */
  body: string;
  truncated: boolean;
  timeMs: number;
}

export interface HttpExchange {
  /** What was sent, auth headers and cookies included (they are redacted when it becomes evidence). */
  request: Required<Pick<HttpRequestSpec, 'method' | 'url'>> & { headers: Record<string, string>; body?: string };
  response: HttpResponseData;
}

/** Where a value enters the application; active rules mutate it and replay the request. */
export interface InjectionPoint {
  /** The request that carries the value unchanged (the baseline). */
  request: HttpRequestSpec;
  location: 'query' | 'form' | 'json' | 'cookie' | 'header' | 'path';
  name: string;
  value: string;
}

export interface SendOptions {
  /** Follow in-scope redirects (at most 5); a redirect out of scope is returned, never followed. */
  followRedirects?: boolean;
  signal?: AbortSignal;
}

export interface DastClient {
  /**
   * Sends one request after the scope, method, cap and rate checks. Throws `OutOfScopeError` for a URL or
   * method the scan may not touch and `ScanStoppedError` once the cap, the duration or the error budget
   * is spent; a network error or timeout becomes a thrown `DastRequestError`.
   */
  send(request: HttpRequestSpec, options?: SendOptions): Promise<HttpExchange>;
  /** Is this URL one the scan may request? (scheme, host, port, include/exclude) */
  inScope(url: string): boolean;
  /** Requests sent so far (the global cap counts every one). */
  readonly requestCount: number;
  /** Aborted when the scan must stop (cap, duration, repeated 5xx/timeouts). */
  readonly signal: AbortSignal;
}

/** A finding a DAST rule reports; the scanner turns it into a Finding with a url location and http evidence. */
export interface WebHit {
  /** One of the reporting rule's `rules[].id`. */
  ruleId: string;
  url: string;
  method: string;
  param?: string;
  /** Defaults to the rule's. */
  severity?: Severity;
  confidence?: Confidence;
  message: string;
  /** The matched text (a header value, a payload reflection); redacted before it is reported. */
  evidence?: string;
  exchange: HttpExchange;
}

export interface PassiveContext {
  /** True the first time a key is seen, so origin-wide checks (a missing header) report once per origin. */
  firstTime(key: string): boolean;
}

/**
 * A DAST rule folder: its plugin meta (id = folder name) and the rules it reports. A rule's ZAP alert id,
 * when ZAP has the same check, is a tag `zap:<id>` (ZAP import dedupes by it).
 */
export interface DastRule {
  meta: PluginMeta;
  rules: readonly RuleMeta[];
}

export interface PassiveRule extends DastRule {
  /** Looks at one exchange the crawler made; sends nothing. */
  check(exchange: HttpExchange, ctx: PassiveContext): WebHit[];
}

export interface ActiveRule extends DastRule {
  /** Only injection points this rule can attack (e.g. SSRF wants a parameter that looks like a URL). */
  applies?(point: InjectionPoint): boolean;
  attack(point: InjectionPoint, client: DastClient, signal: AbortSignal): Promise<WebHit[]>;
}

/** What the crawl found. Passive rules saw each exchange as it arrived; bodies are not kept. */
export interface CrawlResult {
  /** URLs that answered 2xx. */
  pages: string[];
  /** Where values enter: query, form and JSON fields of crawled requests, the site's cookies, a few headers. */
  points: InjectionPoint[];
  /** Requests that failed (network errors, timeouts), one line each. */
  problems: string[];
}
