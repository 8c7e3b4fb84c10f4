import { z } from 'zod';
import { ParseError } from '../../core/errors.js';
import { checkDigest } from './digest.js';
import { IMAGE_LIMITS } from './limits.js';
import type { ImageConfigInfo, ImageLayer } from './types.js';

const StringList = z.array(z.string()).nullish();

const ConfigJson = z.object({
  os: z.string().optional(),
  architecture: z.string().optional(),
  variant: z.string().optional(),
  config: z
    .object({
      WorkingDir: z.string().nullish(),
      User: z.string().nullish(),
      Env: StringList,
      Entrypoint: StringList,
      Cmd: StringList,
      Labels: z.record(z.string(), z.string()).nullish(),
    })
    .nullish(),
  rootfs: z.object({ type: z.string().optional(), diff_ids: z.array(z.string()) }),
  history: z.array(z.object({ created_by: z.string().optional(), empty_layer: z.boolean().optional() })).nullish(),
});

export interface ParsedImageConfig {
  info: ImageConfigInfo;
  diffIds: string[];
  /** The build step of each non-empty layer, index-aligned with diffIds; empty when history does not line up. */
  createdBy: (string | undefined)[];
}

export interface LayerDescriptor {
  digest: string;
  mediaType: string;
  size: number;
}

export function parseJson(bytes: Buffer, where: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new ParseError(`${where} is not valid JSON (${(err as Error).message}); the image is damaged.`, { cause: err });
  }
}

/** The image config blob → what scanners need, validated. */
export function parseImageConfig(bytes: Buffer, where: string): ParsedImageConfig {
  const parsed = ConfigJson.safeParse(parseJson(bytes, where));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ParseError(`${where} is not an image config (${first?.path.join('.') || 'root'}: ${first?.message}); is this a container image?`);
  }
  const c = parsed.data;
  const diffIds = c.rootfs.diff_ids.map((d, i) => checkDigest(d, `${where} rootfs.diff_ids[${i}]`));
  const built = (c.history ?? []).filter((h) => !h.empty_layer).map((h) => h.created_by);
  const info: ImageConfigInfo = {
    os: c.os ?? 'linux',
    architecture: c.architecture ?? 'unknown',
    env: c.config?.Env ?? [],
    labels: c.config?.Labels ?? {},
  };
  if (c.variant) info.variant = c.variant;
  if (c.config?.WorkingDir) info.workingDir = c.config.WorkingDir;
  if (c.config?.User) info.user = c.config.User;
  if (c.config?.Entrypoint) info.entrypoint = c.config.Entrypoint;
  if (c.config?.Cmd) info.cmd = c.config.Cmd;
  return { info, diffIds, createdBy: built.length === diffIds.length ? built : [] };
}

/** Pairs the manifest's layer descriptors with the config's diffIDs and history. */
export function buildLayers(descriptors: LayerDescriptor[], config: ParsedImageConfig, where: string): ImageLayer[] {
  if (descriptors.length > IMAGE_LIMITS.maxLayers) {
    throw new ParseError(`${where} lists ${descriptors.length} layers (more than ${IMAGE_LIMITS.maxLayers}); refusing it as hostile.`);
  }
  if (descriptors.length !== config.diffIds.length) {
    throw new ParseError(`${where} lists ${descriptors.length} layers but its config has ${config.diffIds.length} diff_ids; the image is inconsistent.`);
  }
  return descriptors.map((d, i) => {
    const layer: ImageLayer = { digest: d.digest, diffId: config.diffIds[i]!, mediaType: d.mediaType, size: d.size };
    const step = config.createdBy[i];
    if (step) layer.createdBy = step;
    return layer;
  });
}
