import { ParseError, UsageError } from '../../../core/errors.js';
import { openTarArchive } from '../archive/open-archive.js';
import { digestHex } from '../digest.js';
import { parseJson } from '../image-config.js';
import { IMAGE_LIMITS } from '../limits.js';
import { parseManifestDoc, type Descriptor } from '../manifest.js';
import { resolveImage, type ManifestFetcher } from '../resolve.js';
import type { OpenedImage, OpenImageOptions } from '../types.js';
import { verifiedStream, verifyBytes } from '../verify-stream.js';
import { archiveLayoutStore, directoryLayoutStore, type LayoutStore } from './store.js';

const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';

export function blobPath(digest: string): string {
  return `blobs/${digest.slice(0, digest.indexOf(':'))}/${digestHex(digest)}`;
}

function tagOf(d: Descriptor): string | undefined {
  return d.annotations?.[REF_NAME] ?? d.annotations?.[CONTAINERD_NAME];
}

/** The index.json entry named by the tag (or the only one). */
export function selectLayoutEntry(manifests: Descriptor[], tag: string | undefined, where: string): Descriptor {
  const names = manifests.map((d) => tagOf(d) ?? d.digest).join(', ');
  if (!tag) {
    if (manifests.length === 1) return manifests[0]!;
    throw new UsageError(`${where} holds ${manifests.length} images (${names || 'none'}); name one as ${where}:TAG.`);
  }
  const found = manifests.find((d) => {
    const name = tagOf(d);
    return name === tag || name?.endsWith(`:${tag}`) || d.digest === tag;
  });
  if (!found) throw new UsageError(`${where} has no image tagged "${tag}"; it holds ${names || 'none'}.`);
  return found;
}

function layoutFetcher(store: LayoutStore): ManifestFetcher {
  const read = async (desc: Descriptor, maxBytes: number, what: string): Promise<Buffer> =>
    verifyBytes(await store.read(blobPath(desc.digest), maxBytes, what), desc, `${what} ${desc.digest} in ${store.where}`);
  return {
    where: store.where,
    fetchManifest: async (desc) => ({ bytes: await read(desc, IMAGE_LIMITS.maxManifestBytes, 'manifest'), contentType: desc.mediaType }),
    fetchBlob: (desc, maxBytes) => read(desc, maxBytes, 'blob'),
  };
}

async function openLayout(ref: string, store: LayoutStore, tag: string | undefined, options: OpenImageOptions): Promise<OpenedImage> {
  const layoutFile = parseJson(await store.read('oci-layout', 64 * 1024, 'oci-layout'), `${store.where} oci-layout`) as { imageLayoutVersion?: unknown };
  if (typeof layoutFile?.imageLayoutVersion !== 'string') throw new ParseError(`${store.where}: oci-layout has no imageLayoutVersion; is this an OCI image layout?`);
  const index = parseManifestDoc(await store.read('index.json', IMAGE_LIMITS.maxManifestBytes, 'index.json'), `${store.where} index.json`);
  if (index.kind !== 'index') throw new ParseError(`${store.where}: index.json is not an image index; the layout is damaged.`);
  const entry = selectLayoutEntry(index.manifests, tag, ref);
  options.onProgress?.({ phase: 'manifest', done: 0, total: 1 });
  const fetcher = layoutFetcher(store);
  const resolved = await resolveImage(fetcher, { ...(await fetcher.fetchManifest(entry)), digest: entry.digest }, options.platform);
  options.onProgress?.({ phase: 'config', done: 1, total: 1 });
  return {
    ref,
    digest: resolved.manifestDigest,
    config: resolved.config.info,
    layers: resolved.layers,
    openLayer: async (layer, signal) =>
      verifiedStream(await store.open(blobPath(layer.digest), signal), layer, `layer ${digestHex(layer.digest).slice(0, 12)} of ${store.where}`),
    close: () => store.close(),
  };
}

async function withStore(store: LayoutStore, open: (s: LayoutStore) => Promise<OpenedImage>): Promise<OpenedImage> {
  try {
    return await open(store);
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** `oci:DIR[:tag]` — an OCI image layout directory (what `skopeo copy … oci:DIR` or umoci write). */
export async function openOciLayout(ref: string, dir: string, tag: string | undefined, options: OpenImageOptions): Promise<OpenedImage> {
  return withStore(await directoryLayoutStore(dir), (s) => openLayout(ref, s, tag, options));
}

/** `oci-archive:PATH[:tag]` — a tar of an OCI layout (also what Docker 25+ `docker save` writes). */
export async function openOciArchive(ref: string, file: string, tag: string | undefined, options: OpenImageOptions): Promise<OpenedImage> {
  return withStore(archiveLayoutStore(await openTarArchive(file)), (s) => openLayout(ref, s, tag, options));
}
