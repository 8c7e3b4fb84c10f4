import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ExternalServiceError, ParseError } from '../../../core/errors.js';

export interface RegistryTuning {
  /** Time until response headers arrive. */
  requestTimeoutMs: number;
  /** Longest silence while a body streams before the transfer is called stalled. */
  stallTimeoutMs: number;
  retries: number;
  backoffMs: number;
  maxRedirects: number;
}

export const DEFAULT_TUNING: RegistryTuning = { requestTimeoutMs: 30_000, stallTimeoutMs: 60_000, retries: 3, backoffMs: 500, maxRedirects: 5 };

export interface HttpResponse {
  status: number;
  headers: Headers;
  url: URL;
  /** The body with the stall watchdog on it; must be consumed or dropped with `discard`. */
  body(): Readable;
  discard(): void;
}

/** Ends the stream with an error when no byte arrives for `ms`, and aborts the transfer behind it. */
function stallWatchdog(ms: number, what: string, abort: () => void): Transform {
  let timer: NodeJS.Timeout | undefined;
  const t: Transform = new Transform({
    transform(chunk, _enc, done) {
      arm();
      done(null, chunk);
    },
    flush(done) {
      clearTimeout(timer);
      done();
    },
    destroy(err, done) {
      clearTimeout(timer);
      done(err);
    },
  });
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // Bytes waiting for a slow consumer are backpressure, not a stalled network.
      if (t.readableLength > 0) return arm();
      abort();
      t.destroy(new ExternalServiceError(`${what} stalled: no data for ${Math.round(ms / 1000)} s; the registry or network is stuck — try again later.`));
    }, ms);
  };
  arm();
  return t;
}

/** Marks failures that a retry cannot fix (a TLS handshake with a plain-HTTP server, a bad certificate). */
export class PermanentNetworkError extends ExternalServiceError {}

function networkError(url: URL, err: unknown): ExternalServiceError {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (err as { code?: string }).code;
  const detail = code ?? (cause?.message ?? (err as Error).message).split('\n')[0];
  if (/SSL|TLS|CERT/i.test(`${code} ${cause?.message}`)) {
    return new PermanentNetworkError(`cannot reach ${url.host} over HTTPS (${detail}); if it is a plain-HTTP registry you trust, pass it with --insecure-registry ${url.host}.`, { cause: err });
  }
  return new ExternalServiceError(`cannot reach ${url.host} (${detail}); check the registry address and the network.`, { cause: err });
}

/** One GET (a form POST when `form` is given), no redirect following, headers within the timeout, body guarded against stalls. */
export async function httpGet(url: URL, headers: Record<string, string>, tuning: RegistryTuning, signal?: AbortSignal, form?: URLSearchParams): Promise<HttpResponse> {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new ExternalServiceError(`${url.host} did not answer within ${tuning.requestTimeoutMs / 1000} s; check the registry address or try again.`)), tuning.requestTimeoutMs);
  try {
    const init = form ? { method: 'POST', body: form } : {};
    const res = await fetch(url, { ...init, headers, redirect: 'manual', signal: controller.signal });
    const what = `download from ${url.host}`;
    return {
      status: res.status,
      headers: res.headers,
      url,
      body: () => {
        if (!res.body) return Readable.from([]);
        const source = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
        const watch = stallWatchdog(tuning.stallTimeoutMs, what, () => controller.abort());
        source.on('error', (err) => watch.destroy(controller.signal.aborted && controller.signal.reason instanceof Error ? controller.signal.reason : err));
        return source.pipe(watch);
      },
      discard: () => void res.body?.cancel().catch(() => undefined),
    };
  } catch (err) {
    const reason = controller.signal.reason;
    if (reason instanceof ExternalServiceError) throw reason;
    if (signal?.aborted) throw err;
    throw networkError(url, err);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The whole body, refused past maxBytes (by Content-Length up front, or as it arrives). */
export async function readBody(res: HttpResponse, maxBytes: number, what: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    res.discard();
    throw new ParseError(`${what} is ${declared} bytes (more than ${maxBytes}); refusing it as hostile.`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const body = res.body();
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      body.destroy();
      throw new ParseError(`${what} is larger than ${maxBytes} bytes; refusing it as hostile.`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
