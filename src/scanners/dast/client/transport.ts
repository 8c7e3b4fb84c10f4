import type { HttpResponseData } from '../types.js';

/** One request on the wire: no redirects followed, a timeout, and a body read up to a byte limit. */
export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  maxBodyBytes: number;
  signal: AbortSignal;
}

export class TimeoutError extends Error {
  constructor(url: string, ms: number) {
    super(`no answer from ${url} within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

export async function sendOnWire(req: WireRequest): Promise<HttpResponseData> {
  const t0 = performance.now();
  const timeout = AbortSignal.timeout(req.timeoutMs);
  const signal = AbortSignal.any([req.signal, timeout]);
  try {
    const res = await fetch(req.url, {
      method: req.method,
      headers: req.headers,
      ...(req.body !== undefined && { body: req.body }),
      redirect: 'manual',
      signal,
    });
    const { bytes, truncated } = await readBounded(res, req.maxBodyBytes);
    return {
      status: res.status,
      headers: headerRecord(res.headers),
      body: decodeBody(bytes, res.headers.get('content-type')),
      truncated,
      timeMs: Math.round(performance.now() - t0),
    };
  } catch (err) {
    if (timeout.aborted && !req.signal.aborted) throw new TimeoutError(req.url, req.timeoutMs);
    throw err;
  }
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name !== 'set-cookie') out[name] = value;
  });
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) out['set-cookie'] = cookies.join('\n');
  return out;
}

/** Reads at most `limit` bytes and cancels the rest of the stream. */
async function readBounded(res: Response, limit: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!res.body) return { bytes: new Uint8Array(), truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = limit - size;
    if (value.byteLength >= room) {
      chunks.push(value.subarray(0, room));
      size += room;
      truncated = value.byteLength > room;
      if (!truncated) continue;
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { bytes: Buffer.concat(chunks), truncated };
}

function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
