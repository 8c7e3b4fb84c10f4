import { open, rm } from 'node:fs/promises';
import { ExternalServiceError } from '../core/errors.js';
import { redactCredentials } from '../core/redact.js';

export interface DownloadOptions {
  /** Refuse a body larger than this. */
  maxBytes: number;
  /** Give up when no byte arrives for this long. */
  idleTimeoutMs?: number;
  onProgress?: (received: number, total: number | undefined) => void;
  signal?: AbortSignal;
}

/**
 * Streams `url` to `dest`. Credentials in the URL (`https://user:pass@mirror/…`) are sent as Basic
 * authorization and never appear in a message. A body cut short of its Content-Length, an HTTP
 * error or a stall is an ExternalServiceError; `dest` is then removed.
 */
export async function downloadFile(url: string, dest: string, options: DownloadOptions): Promise<number> {
  const shown = redactCredentials(url);
  const { target, headers } = splitCredentials(url);
  const idle = new AbortController();
  const signal = options.signal ? AbortSignal.any([idle.signal, options.signal]) : idle.signal;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(new Error('no data for a while')), options.idleTimeoutMs ?? 60_000);
  };
  arm();
  let received = 0;
  const file = await open(dest, 'w');
  try {
    let res: Response;
    try {
      res = await fetch(target, { headers, signal, redirect: 'follow' });
    } catch (err) {
      throw new ExternalServiceError(`cannot reach ${shown}: ${reason(err)}. Check the network or --base-url.`, { cause: err });
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      const hint = res.status === 404 ? ' (is the ecosystem name spelled as OSV spells it, e.g. PyPI, crates.io, Rocky Linux?)' : '';
      throw new ExternalServiceError(`${shown} answered HTTP ${res.status} ${res.statusText}${hint}`);
    }
    const lengthHeader = res.headers.get('content-length');
    const total = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
    if (total !== undefined && total > options.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new ExternalServiceError(`${shown} is ${total} bytes, more than the ${options.maxBytes}-byte download limit`);
    }
    try {
      for await (const chunk of (res.body ?? []) as AsyncIterable<Uint8Array>) {
        arm();
        received += chunk.length;
        if (received > options.maxBytes) throw new ExternalServiceError(`${shown} sent more than the ${options.maxBytes}-byte download limit`);
        await file.write(chunk);
        options.onProgress?.(received, total);
      }
    } catch (err) {
      if (err instanceof ExternalServiceError) throw err;
      throw new ExternalServiceError(`the download of ${shown} was cut off after ${received} bytes${total ? ` of ${total}` : ''}: ${reason(err)}. Try again.`, { cause: err });
    }
    if (total !== undefined && received !== total) {
      throw new ExternalServiceError(`the download of ${shown} is truncated: ${received} of ${total} bytes. Try again.`);
    }
    return received;
  } catch (err) {
    await file.close().catch(() => undefined);
    await rm(dest, { force: true });
    throw err;
  } finally {
    clearTimeout(timer);
    await file.close().catch(() => undefined);
  }
}

/** fetch refuses URLs with credentials: move them into an Authorization header. */
function splitCredentials(url: string): { target: string; headers: Record<string, string> } {
  const u = new URL(url);
  if (!u.username && !u.password) return { target: url, headers: {} };
  const basic = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
  u.username = '';
  u.password = '';
  return { target: u.toString(), headers: { authorization: `Basic ${basic}` } };
}

function reason(err: unknown): string {
  const e = err as Error & { cause?: Error };
  const text = e?.cause?.message ? `${e.message} (${e.cause.message})` : String(e?.message ?? err);
  return redactCredentials(text);
}
