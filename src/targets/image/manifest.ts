import { ParseError, UnsupportedError } from '../../core/errors.js';
import { checkDigest } from './digest.js';
import { parseJson } from './image-config.js';
import { IMAGE_LIMITS } from './limits.js';
import { MEDIA } from './media-types.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export interface ImageIndexDoc {
  kind: 'index';
  manifests: Descriptor[];
}

export interface ImageManifestDoc {
  kind: 'manifest';
  config: Descriptor;
  layers: Descriptor[];
}

const MAX_DESCRIPTORS = 4096;

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function stringMap(value: unknown): Record<string, string> | undefined {
  const r = record(value);
  if (!r) return undefined;
  return Object.fromEntries(Object.entries(r).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function parsePlatformField(value: unknown): Platform | undefined {
  const p = record(value);
  if (!p || typeof p.os !== 'string' || typeof p.architecture !== 'string') return undefined;
  return typeof p.variant === 'string' ? { os: p.os, architecture: p.architecture, variant: p.variant } : { os: p.os, architecture: p.architecture };
}

/** One descriptor, checked: a real digest, a sane size, a media type. */
export function parseDescriptor(value: unknown, where: string): Descriptor {
  const d = record(value);
  if (!d) throw new ParseError(`${where} is not a descriptor object; the manifest is damaged.`);
  const size = d.size;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    throw new ParseError(`${where}: size ${JSON.stringify(size)} is not a byte count; the manifest is damaged.`);
  }
  const out: Descriptor = { mediaType: typeof d.mediaType === 'string' ? d.mediaType : '', digest: checkDigest(d.digest, where), size };
  const platform = parsePlatformField(d.platform);
  if (platform) out.platform = platform;
  const annotations = stringMap(d.annotations);
  if (annotations) out.annotations = annotations;
  return out;
}

function descriptorList(value: unknown, where: string): Descriptor[] {
  if (!Array.isArray(value)) throw new ParseError(`${where} is not a list; the manifest is damaged.`);
  if (value.length > MAX_DESCRIPTORS) throw new ParseError(`${where} has ${value.length} entries; refusing it as hostile.`);
  return value.map((v, i) => parseDescriptor(v, `${where}[${i}]`));
}

/** An image manifest or index (OCI or Docker v2 schema 2), told apart by its mediaType and shape. */
export function parseManifestDoc(bytes: Buffer, where: string, contentType?: string): ImageIndexDoc | ImageManifestDoc {
  if (bytes.length > IMAGE_LIMITS.maxManifestBytes) {
    throw new ParseError(`${where} is ${bytes.length} bytes (more than ${IMAGE_LIMITS.maxManifestBytes}); refusing it as hostile.`);
  }
  const doc = record(parseJson(bytes, where));
  if (!doc) throw new ParseError(`${where} is not a JSON object; not an image manifest.`);
  const mediaType = typeof doc.mediaType === 'string' ? doc.mediaType : contentType ?? '';
  if (doc.schemaVersion === 1 || mediaType === MEDIA.dockerSchema1 || mediaType === MEDIA.dockerSchema1Signed) {
    throw new UnsupportedError(`${where} is a Docker schema 1 manifest, which is deprecated and unsupported; push the image again with a current Docker or skopeo.`);
  }
  if (Array.isArray(doc.manifests)) return { kind: 'index', manifests: descriptorList(doc.manifests, `${where} manifests`) };
  if (doc.config !== undefined && Array.isArray(doc.layers)) {
    return { kind: 'manifest', config: parseDescriptor(doc.config, `${where} config`), layers: descriptorList(doc.layers, `${where} layers`) };
  }
  throw new ParseError(`${where} is neither an image manifest nor an index (mediaType "${mediaType}"); is the reference an image?`);
}
