import { ExternalServiceError } from '../../core/errors.js';
import { redactCredentials, redactValues } from '../../core/redact.js';

export interface GetJsonOptions {
  token?: string;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  /** Names what to check in messages, e.g. `project key "shop"`. */
  projectKey: string;
}

const MAX_SAME_ORIGIN_REDIRECTS = 3;

/**
 * GET one SonarQube Web API URL and parse its JSON. The token goes only to the origin of `url`: a
 * redirect to another origin (host, port or scheme) is refused, never followed. Every failure is an
 * ExternalServiceError that says what to check and never contains the token.
 */
export async function getJson(url: URL, options: GetJsonOptions): Promise<unknown> {
  const secrets = options.token ? [options.token, basic(options.token)] : [];
  const clean = (text: string) => redactValues(redactCredentials(text), secrets);
  try {
    return await getJsonUnsafe(url, options);
  } catch (err) {
    if (err instanceof ExternalServiceError) throw new ExternalServiceError(clean(err.message));
    throw new ExternalServiceError(clean(`cannot reach SonarQube at ${url.origin}: ${reason(err)}. Check the URL and the network.`));
  }
}

async function getJsonUnsafe(start: URL, options: GetJsonOptions): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Basic ${basic(options.token)}`;
  let url = start;
  for (let hop = 0; ; hop++) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
    try {
      const res = await fetch(url, { headers, signal, redirect: 'manual' });
      if (res.status >= 300 && res.status < 400) {
        await res.body?.cancel().catch(() => undefined);
        const next = redirectTarget(url, res.headers.get('location'));
        if (hop >= MAX_SAME_ORIGIN_REDIRECTS) throw new ExternalServiceError(`SonarQube at ${start.origin} redirected more than ${MAX_SAME_ORIGIN_REDIRECTS} times; check the base URL`);
        url = next;
        continue;
      }
      const text = await readCapped(res, options.maxBytes, url);
      if (!res.ok) throw new ExternalServiceError(statusMessage(res.status, url, options.projectKey, text));
      return parse(text, res.headers.get('content-type'), url);
    } catch (err) {
      if (timeout.signal.aborted) throw new ExternalServiceError(`SonarQube at ${url.origin} did not answer ${url.pathname} within ${options.timeoutMs} ms; check the URL or raise the timeout`);
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}

function redirectTarget(from: URL, location: string | null): URL {
  let to: URL;
  try {
    to = new URL(location ?? '', from);
  } catch {
    throw new ExternalServiceError(`SonarQube at ${from.origin} answered a redirect without a usable Location; check the base URL`);
  }
  if (to.origin !== from.origin) {
    throw new ExternalServiceError(
      `SonarQube at ${from.origin} redirected ${from.pathname} to ${to.origin}; not followed, so the token is only ever sent to ${from.origin}. Use the final address as the base URL if it is the right server.`,
    );
  }
  return to;
}

async function readCapped(res: Response, maxBytes: number, url: URL): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  const tooBig = () => new ExternalServiceError(`SonarQube at ${url.origin} sent more than ${maxBytes} bytes for ${url.pathname}; refusing it (is this really SonarQube?)`);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooBig();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of (res.body ?? []) as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) throw tooBig();
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function statusMessage(status: number, url: URL, projectKey: string, body: string): string {
  const detail = serverMessage(body);
  const where = `SonarQube at ${url.origin} answered HTTP ${status} for ${url.pathname}${detail ? ` (${detail})` : ''}`;
  switch (status) {
    case 401:
      return `${where}: the token was missing or refused. Set SONAR_TOKEN to a valid user token for this server.`;
    case 403:
      return `${where}: the token may not read this project. Give its user the Browse permission on ${projectKey}.`;
    case 404:
      return `${where}: check the base URL (include a context path such as /sonar if the server has one) and the ${projectKey}.`;
    default:
      return `${where}. Check the server is up and the base URL is right.`;
  }
}

/** SonarQube errors are `{"errors":[{"msg":"…"}]}`; anything else is not shown. */
function serverMessage(body: string): string {
  try {
    const json = JSON.parse(body) as { errors?: { msg?: unknown }[] };
    const msgs = (json.errors ?? []).map((e) => e.msg).filter((m): m is string => typeof m === 'string');
    return msgs.join('; ').slice(0, 300);
  } catch {
    return '';
  }
}

function parse(text: string, contentType: string | null, url: URL): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const kind = contentType ? contentType.split(';')[0] : 'no content type';
    throw new ExternalServiceError(
      `SonarQube at ${url.origin} did not answer JSON for ${url.pathname} (got ${kind}); check the base URL points at SonarQube itself, not a login page or proxy, and the token is valid`,
    );
  }
}

function basic(token: string): string {
  return Buffer.from(`${token}:`).toString('base64');
}

function reason(err: unknown): string {
  const e = err as Error & { cause?: Error };
  return e?.cause?.message ? `${e.message} (${e.cause.message})` : String(e?.message ?? err);
}
