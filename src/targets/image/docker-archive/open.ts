import { UsageError } from '../../../core/errors.js';
import type { TarArchive } from '../archive/types.js';
import { openTarArchive } from '../archive/open-archive.js';
import { referencedName } from '../archive/member-name.js';
import { digestHex, sha256Digest } from '../digest.js';
import { buildLayers, parseImageConfig, type LayerDescriptor, type ParsedImageConfig } from '../image-config.js';
import { IMAGE_LIMITS } from '../limits.js';
import { isCompressedLayer, sniffLayerMediaType } from '../media-types.js';
import type { OpenedImage, OpenImageOptions } from '../types.js';
import { verifiedStream, verifyBytes } from '../verify-stream.js';
import { parseArchiveManifest, selectArchiveImage } from './manifest.js';

const BLOB_PATH = /^blobs\/(sha256|sha512)\/([a-f0-9]{64,128})$/;
const LEGACY_CONFIG = /^([a-f0-9]{64})\.json$/;

/** The digest a member's name promises (blobs/sha256/HEX or HEX.json), if any. */
function namedDigest(name: string): string | undefined {
  const blob = BLOB_PATH.exec(name);
  if (blob) return `${blob[1]}:${blob[2]}`;
  const legacy = LEGACY_CONFIG.exec(name);
  return legacy ? `sha256:${legacy[1]}` : undefined;
}

async function readConfig(archive: TarArchive, name: string): Promise<{ bytes: Buffer; digest: string }> {
  const bytes = await archive.readMember(name, IMAGE_LIMITS.maxConfigBytes, `image config ${name}`);
  const promised = namedDigest(name);
  if (promised) verifyBytes(bytes, { digest: promised, size: bytes.length }, `image config ${name} in ${archive.path}`);
  return { bytes, digest: promised ?? sha256Digest(bytes) };
}

/** Stored digest of a layer member: named by its path, else its diffID when it is an uncompressed tar, else hashed. */
async function describeLayer(archive: TarArchive, name: string, diffId: string | undefined): Promise<LayerDescriptor> {
  const mediaType = sniffLayerMediaType(await archive.sniffMember(name));
  const size = archive.member(name)?.size ?? 0;
  const digest = namedDigest(name) ?? (!isCompressedLayer(mediaType) && diffId ? diffId : await archive.hashMember(name));
  return { digest, mediaType, size };
}

async function describeLayers(archive: TarArchive, names: string[], config: ParsedImageConfig): Promise<LayerDescriptor[]> {
  const out: LayerDescriptor[] = [];
  for (const [i, name] of names.entries()) out.push(await describeLayer(archive, name, config.diffIds[i]));
  return out;
}

/** `docker-archive:PATH[:NAME:TAG|@N]` — what `docker save` (or skopeo) writes, gzipped or not. */
export async function openDockerArchive(ref: string, path: string, selector: string | undefined, options: OpenImageOptions): Promise<OpenedImage> {
  const archive = await openTarArchive(path);
  try {
    options.onProgress?.({ phase: 'manifest', done: 0, total: 1 });
    const entries = parseArchiveManifest(await archive.readMember('manifest.json', IMAGE_LIMITS.maxManifestBytes, 'manifest.json'), path);
    const entry = selectArchiveImage(entries, selector, path);
    const configName = referencedName(entry.config, path, 'Config');
    const layerNames = entry.layers.map((l, i) => referencedName(l, path, `Layers[${i}]`));
    const { bytes, digest } = await readConfig(archive, configName);
    options.onProgress?.({ phase: 'config', done: 1, total: 1 });
    const config = parseImageConfig(bytes, `image config ${configName} in ${path}`);
    const layers = buildLayers(await describeLayers(archive, layerNames, config), config, `${path} manifest.json`);
    const memberOf = new Map(layers.map((l, i) => [l.digest, layerNames[i]!]));
    return {
      ref,
      digest,
      config: config.info,
      layers,
      async openLayer(layer, signal) {
        const name = memberOf.get(layer.digest);
        if (!name) throw new UsageError(`layer ${layer.digest} is not part of ${ref}; open layers from the image's own list.`);
        return verifiedStream(archive.openMember(name, signal), layer, `layer ${digestHex(layer.digest).slice(0, 12)} (${name}) of ${path}`);
      },
      close: () => archive.close(),
    };
  } catch (err) {
    await archive.close();
    throw err;
  }
}
