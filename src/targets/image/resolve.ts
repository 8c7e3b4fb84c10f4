import { ParseError } from '../../core/errors.js';
import { buildLayers, parseImageConfig, type ParsedImageConfig } from './image-config.js';
import { IMAGE_LIMITS } from './limits.js';
import { parseManifestDoc, type Descriptor } from './manifest.js';
import { choosePlatform, parsePlatform } from './platform.js';
import type { ImageLayer } from './types.js';

/** How a source hands over manifests and small blobs, already verified against their descriptor. */
export interface ManifestFetcher {
  /** Names the source in messages. */
  where: string;
  fetchManifest(desc: Descriptor): Promise<{ bytes: Buffer; contentType?: string }>;
  fetchBlob(desc: Descriptor, maxBytes: number): Promise<Buffer>;
}

export interface FetchedManifest {
  bytes: Buffer;
  digest: string;
  contentType?: string;
}

export interface ResolvedImage {
  manifestDigest: string;
  config: ParsedImageConfig;
  layers: ImageLayer[];
}

function checkChildSize(desc: Descriptor, where: string): void {
  if (desc.size > IMAGE_LIMITS.maxManifestBytes) {
    throw new ParseError(`${where}: manifest ${desc.digest} declares ${desc.size} bytes (more than ${IMAGE_LIMITS.maxManifestBytes}); refusing it as hostile.`);
  }
}

/**
 * From a manifest or index to the image: an index is narrowed to the platform (nested indexes are
 * followed to a bounded depth, and a digest seen twice is a loop), then the config is read and paired
 * with the layers.
 */
export async function resolveImage(fetcher: ManifestFetcher, top: FetchedManifest, platform?: string): Promise<ResolvedImage> {
  const wanted = parsePlatform(platform);
  const seen = new Set<string>([top.digest]);
  let current = top;
  for (let depth = 0; ; depth++) {
    const doc = parseManifestDoc(current.bytes, `${fetcher.where} manifest ${current.digest}`, current.contentType);
    if (doc.kind === 'manifest') {
      if (doc.config.size > IMAGE_LIMITS.maxConfigBytes) throw new ParseError(`${fetcher.where}: the image config declares ${doc.config.size} bytes; refusing it as hostile.`);
      const config = parseImageConfig(await fetcher.fetchBlob(doc.config, IMAGE_LIMITS.maxConfigBytes), `${fetcher.where} config ${doc.config.digest}`);
      return { manifestDigest: current.digest, config, layers: buildLayers(doc.layers, config, `${fetcher.where} manifest ${current.digest}`) };
    }
    if (depth >= IMAGE_LIMITS.maxIndexDepth) throw new ParseError(`${fetcher.where}: indexes nest deeper than ${IMAGE_LIMITS.maxIndexDepth}; refusing it as a manifest loop.`);
    const child = choosePlatform(doc.manifests, wanted, `${fetcher.where} index ${current.digest}`);
    if (seen.has(child.digest)) throw new ParseError(`${fetcher.where}: index ${current.digest} points back to ${child.digest}; refusing the manifest loop.`);
    seen.add(child.digest);
    checkChildSize(child, fetcher.where);
    current = { ...(await fetcher.fetchManifest(child)), digest: child.digest };
  }
}
