import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { MEDIA } from '../media-types.js';
import { sha256, tarBytes } from './tar-file.js';

export interface SeenRequest {
  path: string;
  authorization?: string;
}

/** A handler may answer a request itself (return true) to play a hostile registry. */
export type Override = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface FakeRegistry {
  host: string;
  seen: SeenRequest[];
  manifest: Buffer;
  manifestDigest: string;
  layer: Buffer;
  layerDigest: string;
  override: Override | undefined;
  stop(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** A small in-memory Distribution API (one image, test/app:1) whose answers a test can subvert. */
export async function startFakeRegistry(): Promise<FakeRegistry> {
  const layerTar = await tarBytes([{ name: 'app/app.py', data: 'print("hi")\n' }]);
  const layer = gzipSync(layerTar);
  const config = Buffer.from(JSON.stringify({ os: 'linux', architecture: 'amd64', config: { WorkingDir: '/app' }, rootfs: { type: 'layers', diff_ids: [sha256(layerTar)] } }));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.ociManifest,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: [{ mediaType: MEDIA.ociLayerGzip, digest: sha256(layer), size: layer.length }],
    }),
  );
  const blobs = new Map([[sha256(config), config], [sha256(layer), layer]]);
  const fake: FakeRegistry = { host: '', seen: [], manifest, manifestDigest: sha256(manifest), layer, layerDigest: sha256(layer), override: undefined, stop: async () => undefined };
  const server = createServer(async (req, res) => {
    fake.seen.push({ path: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    if (fake.override && (await fake.override(req, res))) return;
    const blob = /^\/v2\/test\/app\/blobs\/(.+)$/.exec(req.url ?? '');
    if (/^\/v2\/test\/app\/manifests\/(1|sha256:\w+)$/.test(req.url ?? '')) {
      res.writeHead(200, { 'content-type': MEDIA.ociManifest, 'docker-content-digest': fake.manifestDigest }).end(fake.manifest);
    } else if (blob && blobs.has(blob[1]!)) {
      res.writeHead(200, { 'content-length': blobs.get(blob[1]!)!.length }).end(blobs.get(blob[1]!));
    } else {
      res.writeHead(404).end();
    }
  });
  fake.host = await listen(server);
  fake.stop = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

/** A second server on another port — another host as far as credentials go — that records what it gets. */
export async function startStorageServer(body: Buffer): Promise<{ host: string; seen: SeenRequest[]; stop(): Promise<void> }> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  const host = await listen(server);
  return { host, seen, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
