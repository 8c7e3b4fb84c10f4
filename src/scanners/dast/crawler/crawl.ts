import { OutOfScopeError, ScanStoppedError, errorMessage } from '../../../core/errors.js';
import type { Progress } from '../../../core/progress.js';
import { redirectTarget, type ScanClient } from '../client/client.js';
import type { CrawlResult, HttpExchange, HttpRequestSpec } from '../types.js';
import { robotsUrls, sitemapUrls } from './discovery.js';
import { formRequest } from './form-values.js';
import { parseHtml } from './html.js';
import { requestPoints, sitePoints, uniquePoints } from './points.js';

export interface CrawlLimits {
  maxPages: number;
  maxDepth: number;
}

export const DEFAULT_CRAWL_LIMITS: CrawlLimits = { maxPages: 200, maxDepth: 6 };

/** Debug consoles frameworks leave reachable in development mode; one GET each, never linked. */
const WELL_KNOWN_PATHS = ['/robots.txt', '/sitemap.xml', '/console'];
/**
 * Sent on every GET so the CORS rule can tell a server that reflects any Origin from one that allow-lists
 * a few: no allow-list holds a .invalid host (RFC 2606).
 */
export const PROBE_ORIGIN = 'https://patchline.invalid';
/** The same path with other query values: enough to see the pattern, not every row of a table. */
const MAX_VARIANTS_PER_PATH = 5;
/** Visits in flight; more than the client's concurrency keeps its pacer busy. */
const IN_FLIGHT = 16;

interface Item {
  request: HttpRequestSpec;
  depth: number;
}

/**
 * Breadth-first crawl from the start URL: links, forms, redirects, robots.txt and sitemap.xml. Every
 * exchange goes to `onExchange` (the passive rules) as it arrives; the crawl keeps only URLs and points.
 */
export async function crawl(
  client: ScanClient,
  start: string,
  limits: CrawlLimits,
  onExchange: (exchange: HttpExchange) => void,
  progress: Progress,
): Promise<CrawlResult> {
  const seen = new Set<string>();
  const variants = new Map<string, number>();
  const result: CrawlResult = { pages: [], points: [], problems: [] };
  const queue: Item[] = [];
  const enqueue = (request: HttpRequestSpec, depth: number): void => {
    if (depth > limits.maxDepth || !client.inScope(request.url)) return;
    const key = requestKey(request);
    if (seen.has(key)) return;
    const shape = shapeKey(request);
    const n = variants.get(shape) ?? 0;
    if (n >= MAX_VARIANTS_PER_PATH) return;
    seen.add(key);
    variants.set(shape, n + 1);
    queue.push({ request, depth });
  };
  enqueue(get(start), 0);
  for (const path of WELL_KNOWN_PATHS) enqueue(get(new URL(path, start).href), 1);

  const visit = async (item: Item): Promise<void> => {
    const exchange = await fetchItem(client, item, result);
    if (!exchange) return;
    try {
      onExchange(exchange);
      result.points.push(...requestPoints(item.request));
      if (exchange.response.status < 300) result.pages.push(item.request.url);
      for (const request of discovered(exchange)) enqueue(request, item.depth + 1);
    } catch (err) {
      result.problems.push(`could not follow ${item.request.url}: ${errorMessage(err)}`);
    }
    progress.update(`dast: crawling… ${result.pages.length} pages, ${client.requestCount} requests`);
  };
  await drain(queue, visit, () => client.stopReason === undefined, limits.maxPages);
  result.points = uniquePoints([...result.points, ...sitePoints(start, client.jar.names(), client.jar.header())]);
  return result;
}

/**
 * Visits queued items first-in first-out (breadth first) with a few in flight, so one slow page does not
 * hold up the rest (the client's pacer sets the real concurrency). Stops after `max` visits.
 */
function drain(queue: Item[], visit: (item: Item) => Promise<void>, go: () => boolean, max: number): Promise<void> {
  let started = 0;
  let active = 0;
  return new Promise((resolve) => {
    const pump = (): void => {
      while (active < IN_FLIGHT && queue.length > 0 && started < max && go()) {
        const item = queue.shift()!;
        started++;
        active++;
        void visit(item).finally(() => {
          active--;
          pump();
        });
      }
      if (active === 0) resolve();
    };
    pump();
  });
}

async function fetchItem(client: ScanClient, item: Item, result: CrawlResult): Promise<HttpExchange | undefined> {
  try {
    return await client.send(item.request);
  } catch (err) {
    if (err instanceof ScanStoppedError || err instanceof OutOfScopeError) return undefined;
    result.problems.push(errorMessage(err));
    return undefined;
  }
}

/** What a response leads to: its redirect, its links and forms, robots and sitemap entries. */
function discovered(exchange: HttpExchange): HttpRequestSpec[] {
  const { request, response } = exchange;
  const path = new URL(request.url).pathname;
  const redirect = redirectTarget(exchange);
  const found: HttpRequestSpec[] = redirect ? [get(redirect)] : [];
  if (response.status >= 400) return found;
  if (path === '/robots.txt') return [...found, ...robotsUrls(response.body, request.url).map(get)];
  if (path.endsWith('.xml') && /<(urlset|sitemapindex)\b/i.test(response.body)) return [...found, ...sitemapUrls(response.body, request.url).map(get)];
  if (!isHtml(exchange)) return found;
  const page = parseHtml(response.body, request.url);
  const forms = page.forms.map(formRequest).filter((r): r is HttpRequestSpec => r !== undefined);
  return [...found, ...page.links.map(get), ...forms];
}

function get(url: string): HttpRequestSpec {
  return { method: 'GET', url, headers: { origin: PROBE_ORIGIN } };
}

export function isHtml(exchange: HttpExchange): boolean {
  const type = exchange.response.headers['content-type'] ?? '';
  return type.includes('html') || (!type && /^\s*<(!doctype|html)/i.test(exchange.response.body));
}

function requestKey(r: HttpRequestSpec): string {
  const u = new URL(r.url);
  u.searchParams.sort();
  return `${r.method} ${u.href} ${r.body === undefined ? '' : [...new URLSearchParams(r.body).keys()].sort().join('&')}`;
}

function shapeKey(r: HttpRequestSpec): string {
  const u = new URL(r.url);
  return `${r.method} ${u.origin}${u.pathname} ${[...u.searchParams.keys()].sort().join('&')}`;
}
