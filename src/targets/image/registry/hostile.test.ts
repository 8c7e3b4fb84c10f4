import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PatchlineError } from '../../../core/errors.js';
import { startFakeRegistry, startStorageServer, type FakeRegistry } from '../testdata/fake-registry.js';
import type { OpenedImage } from '../types.js';
import { openRegistryImage, type RegistrySourceOptions } from './open.js';

const CREDS = { username: 'u', password: 'registry-secret' };
const BASIC = `Basic ${Buffer.from('u:registry-secret').toString('base64')}`;
let fake: FakeRegistry;

beforeEach(async () => {
  fake = await startFakeRegistry();
});
afterEach(() => fake.stop());

function open(extra: Partial<RegistrySourceOptions> = {}): Promise<OpenedImage> {
  return openRegistryImage(`${fake.host}/test/app:1`, {
    insecureRegistries: [fake.host],
    credentials: async () => CREDS,
    tuning: { requestTimeoutMs: 1000, stallTimeoutMs: 300, retries: 2, backoffMs: 10, maxRedirects: 3 },
    ...extra,
  });
}

async function drain(image: OpenedImage): Promise<number> {
  let n = 0;
  for await (const c of await image.openLayer(image.layers[0]!)) n += (c as Buffer).length;
  return n;
}

/** Every request needs basic auth, like a private registry. */
function requireBasic(): void {
  fake.override = (req, res) => {
    if (req.headers.authorization === BASIC) return false;
    res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end();
    return true;
  };
}

describe('a hostile or broken registry', () => {
  it('drops the Authorization header on a blob redirect to another host', async () => {
    const storage = await startStorageServer(fake.layer);
    requireBasic();
    const guard = fake.override!;
    fake.override = (req, res) => {
      if (guard(req, res)) return true;
      if (!req.url?.includes(fake.layerDigest)) return false;
      res.writeHead(307, { location: `http://${storage.host}/bucket/layer?sig=1` }).end();
      return true;
    };
    const image = await open({ insecureRegistries: [fake.host, storage.host] });
    expect(await drain(image)).toBe(fake.layer.length);
    expect(storage.seen).toEqual([{ path: '/bucket/layer?sig=1' }]);
    expect(fake.seen.filter((s) => s.path.includes('blobs')).every((s) => s.authorization === BASIC)).toBe(true);
    await storage.stop();
  });

  it('refuses redirect loops, and plain-HTTP redirects to hosts not named insecure', async () => {
    fake.override = (req, res) => {
      if (!req.url?.includes(fake.layerDigest)) return false;
      res.writeHead(302, { location: req.url.includes('loop') ? req.url : `${req.url}?loop` }).end();
      return true;
    };
    const image = await open();
    await expect(drain(image)).rejects.toThrow(/redirected more than 3 times/);
    fake.override = (req, res) => {
      if (!req.url?.includes(fake.layerDigest)) return false;
      res.writeHead(302, { location: 'http://203.0.113.9/elsewhere' }).end();
      return true;
    };
    await expect(drain(image)).rejects.toThrow(/redirected to http:\/\/203\.0\.113\.9, which is not HTTPS \(and not a host named with --insecure-registry\); refusing to follow it/);
  });

  it('refuses a layer whose bytes do not match its digest, and a manifest the registry misdigests', async () => {
    fake.override = (req, res) => {
      if (!req.url?.includes(fake.layerDigest)) return false;
      const bad = Buffer.from(fake.layer);
      bad[20]! ^= 1;
      res.writeHead(200).end(bad);
      return true;
    };
    await expect(drain(await open())).rejects.toThrow(/has digest sha256:\w+, not sha256:/);
    fake.override = (req, res) => {
      if (!req.url?.includes('/manifests/')) return false;
      res.writeHead(200, { 'docker-content-digest': `sha256:${'0'.repeat(64)}` }).end(fake.manifest);
      return true;
    };
    await expect(open()).rejects.toThrow(/the registry says sha256:0{64}; the manifest was altered/);
  });

  it('refuses a huge manifest by its length and while it streams', async () => {
    fake.override = (req, res) => {
      if (!req.url?.includes('/manifests/')) return false;
      res.writeHead(200, { 'content-length': 50_000_000 }).end();
      return true;
    };
    await expect(open()).rejects.toThrow(/50000000 bytes \(more than 4194304\); refusing it as hostile/);
    fake.override = (req, res) => {
      if (!req.url?.includes('/manifests/')) return false;
      res.writeHead(200);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 6; i++) res.write(chunk);
      res.end();
      return true;
    };
    await expect(open()).rejects.toThrow(/larger than 4194304 bytes; refusing it as hostile/);
  });

  it('gives up on a registry that never answers, and on a transfer that stalls', async () => {
    fake.override = (req) => req.url?.includes('/manifests/') ?? false;
    await expect(open()).rejects.toThrow(/did not answer within 1 s/);
    fake.override = (req, res) => {
      if (!req.url?.includes(fake.layerDigest)) return false;
      res.writeHead(200, { 'content-length': fake.layer.length });
      res.write(fake.layer.subarray(0, 10));
      return true;
    };
    const image = await open();
    await expect(drain(image)).rejects.toThrow(/stalled: no data for 0 s/);
  });

  it('retries transient failures with backoff', async () => {
    let failures = 2;
    fake.override = (req, res) => {
      if (!req.url?.includes('/manifests/') || failures-- <= 0) return false;
      res.writeHead(503).end();
      return true;
    };
    const image = await open();
    expect(image.digest).toBe(fake.manifestDigest);
    expect(fake.seen.filter((s) => s.path.includes('/manifests/'))).toHaveLength(3);
  });

  it('never puts the credentials in an error message', async () => {
    requireBasic();
    fake.override = ((inner) => (req, res) => {
      if (inner(req, res)) return true;
      res.writeHead(500).end(`leak ${req.headers.authorization}`);
      return true;
    })(fake.override!);
    const err = await open({ tuning: { requestTimeoutMs: 1000, stallTimeoutMs: 300, retries: 0, backoffMs: 1, maxRedirects: 1 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PatchlineError);
    expect(String((err as Error).message)).not.toMatch(/registry-secret|dTpyZWdpc3RyeS1zZWNyZXQ/);
  });
});
