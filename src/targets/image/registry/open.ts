import { ExternalServiceError, ParseError, UsageError } from '../../../core/errors.js';
import { digestHex, sha256Digest } from '../digest.js';
import { IMAGE_LIMITS } from '../limits.js';
import type { Descriptor } from '../manifest.js';
import { MEDIA } from '../media-types.js';
import { resolveImage, type FetchedManifest, type ManifestFetcher } from '../resolve.js';
import type { OpenedImage, OpenImageOptions } from '../types.js';
import { verifiedStream, verifyBytes } from '../verify-stream.js';
import { RegistryClient } from './client.js';
import { dockerCredentials, type Credential } from './credentials.js';
import { ecrCredentials, ecrRegistry } from './ecr.js';
import { DEFAULT_TUNING, readBody, type HttpResponse, type RegistryTuning } from './http.js';
import { manifestReference, parseRegistryRef, type RegistryRef } from './reference.js';

const MANIFEST_ACCEPT = [MEDIA.ociIndex, MEDIA.ociManifest, MEDIA.dockerList, MEDIA.dockerManifest].join(', ');

/** Turns a non-200 answer into an error that says what to do. */
function expectOk(res: HttpResponse, what: string, host: string): HttpResponse {
  if (res.status === 200) return res;
  res.discard();
  if (res.status === 404) throw new UsageError(`${what} was not found on ${host} (HTTP 404); check the repository, tag or digest — and that your credentials may see it.`);
  if (res.status === 401 || res.status === 403) throw new ExternalServiceError(`${host} refused access to ${what} (HTTP ${res.status}); run \`docker login ${host}\` with an account that may pull it.`);
  throw new ExternalServiceError(`${host} answered HTTP ${res.status} for ${what}; try again later.`);
}

async function fetchTopManifest(client: RegistryClient, ref: RegistryRef, signal?: AbortSignal): Promise<FetchedManifest> {
  const reference = manifestReference(ref);
  const what = `manifest ${ref.repository}:${reference}`;
  const res = expectOk(await client.get(`manifests/${reference}`, MANIFEST_ACCEPT, signal), what, client.host);
  const bytes = await readBody(res, IMAGE_LIMITS.maxManifestBytes, what);
  const contentType = res.headers.get('content-type') ?? undefined;
  if (ref.digest) return { bytes: verifyBytes(bytes, { digest: ref.digest, size: bytes.length }, what), digest: ref.digest, ...(contentType ? { contentType } : {}) };
  const digest = sha256Digest(bytes);
  const claimed = res.headers.get('docker-content-digest');
  if (claimed?.startsWith('sha256:') && claimed !== digest) {
    throw new ParseError(`${what} from ${client.host} hashes to ${digest} but the registry says ${claimed}; the manifest was altered in transit — do not trust it.`);
  }
  return { bytes, digest, ...(contentType ? { contentType } : {}) };
}

function registryFetcher(client: RegistryClient, ref: RegistryRef, signal?: AbortSignal): ManifestFetcher {
  const fetchVerified = async (kind: 'manifests' | 'blobs', desc: Descriptor, maxBytes: number, accept: string): Promise<Buffer> => {
    const what = `${kind === 'blobs' ? 'blob' : 'manifest'} ${desc.digest} of ${ref.repository}`;
    const res = expectOk(await client.get(`${kind}/${desc.digest}`, accept, signal), what, client.host);
    return verifyBytes(await readBody(res, Math.min(desc.size, maxBytes), what), desc, what);
  };
  return {
    where: `${client.host}/${ref.repository}`,
    fetchManifest: async (desc) => ({ bytes: await fetchVerified('manifests', desc, IMAGE_LIMITS.maxManifestBytes, MANIFEST_ACCEPT), contentType: desc.mediaType }),
    fetchBlob: (desc, maxBytes) => fetchVerified('blobs', desc, maxBytes, '*/*'),
  };
}

/** ECR hosts get an ECR token; every other host what the Docker CLI would use. */
export function defaultCredentials(host: string, options: OpenImageOptions): Promise<Credential | undefined> {
  const ecr = ecrRegistry(host);
  if (ecr) return ecrCredentials(ecr, options.ecrEndpoint ? { endpoint: options.ecrEndpoint } : {});
  return dockerCredentials(host, options.dockerConfigPath);
}

export interface RegistrySourceOptions extends OpenImageOptions {
  /** Where credentials come from; default the Docker config (ECR hosts pass their own). */
  credentials?: (host: string) => Promise<Credential | undefined>;
  tuning?: RegistryTuning;
}

/** A registry reference (`host[:port]/repo[:tag|@digest]`, Docker Hub by default) over the Distribution API v2. */
export async function openRegistryImage(input: string, options: RegistrySourceOptions = {}): Promise<OpenedImage> {
  const ref = parseRegistryRef(input);
  const lookup = options.credentials ?? ((host: string) => defaultCredentials(host, options));
  const client = new RegistryClient({
    ref,
    credentials: () => lookup(ref.host),
    insecure: new Set(options.insecureRegistries ?? []),
    tuning: options.tuning ?? DEFAULT_TUNING,
  });
  options.onProgress?.({ phase: 'manifest', done: 0, total: 1 });
  const top = await fetchTopManifest(client, ref, options.signal);
  const resolved = await resolveImage(registryFetcher(client, ref, options.signal), top, options.platform);
  options.onProgress?.({ phase: 'config', done: 1, total: 1 });
  return {
    ref: input,
    digest: resolved.manifestDigest,
    config: resolved.config.info,
    layers: resolved.layers,
    async openLayer(layer, signal) {
      const what = `layer ${digestHex(layer.digest).slice(0, 12)} of ${ref.host}/${ref.repository}`;
      const res = expectOk(await client.get(`blobs/${layer.digest}`, '*/*', signal), what, client.host);
      const length = res.headers.get('content-length');
      if (length !== null && Number(length) !== layer.size) {
        res.discard();
        throw new ParseError(`${what} is served as ${length} bytes but its manifest declares ${layer.size}; refusing it.`);
      }
      return verifiedStream(res.body(), layer, what);
    },
    close: async () => undefined,
  };
}
