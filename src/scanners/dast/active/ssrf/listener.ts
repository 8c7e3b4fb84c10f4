import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the listener saw. */
export interface Callback {
  method: string;
  path: string;
  from: string;
  userAgent?: string;
}

export interface Listener {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The first request whose path holds `token`, waiting at most `ms` for it. */
  waitFor(token: string, ms: number, signal: AbortSignal): Promise<Callback | undefined>;
  close(): Promise<void>;
}

const MAX_SEEN = 100;

/**
 * An HTTP listener on 127.0.0.1 for out-of-band proof: a target that fetches a URL it was given calls
 * here. It answers every request with a tiny page and reads no bodies.
 */
export async function startListener(): Promise<Listener> {
  const seen: Callback[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((req, res) => {
    if (seen.length < MAX_SEEN) {
      seen.push({ method: req.method ?? 'GET', path: (req.url ?? '/').slice(0, 200), from: req.socket.remoteAddress ?? '?', ...(req.headers['user-agent'] && { userAgent: req.headers['user-agent'].slice(0, 200) }) });
    }
    for (const wake of waiters) wake();
    res.writeHead(200, { 'content-type': 'text/html', connection: 'close' });
    res.end('<html><head><title>patchline ssrf probe</title></head><body></body></html>');
    req.resume();
  });
  server.headersTimeout = 5000;
  server.requestTimeout = 5000;
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const find = (token: string) => seen.find((c) => c.path.includes(token));
  return {
    origin: `http://127.0.0.1:${port}`,
    async waitFor(token, ms, signal) {
      if (find(token)) return find(token);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
          signal.removeEventListener('abort', done);
          resolve();
        };
        const check = () => {
          if (find(token)) done();
        };
        const timer = setTimeout(done, ms);
        waiters.add(check);
        signal.addEventListener('abort', done);
      });
      return find(token);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
