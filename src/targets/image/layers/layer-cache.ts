import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Cataloger } from '../../../catalogers/types.js';
import type { LayerFacts } from './layer-facts.js';
import type { LayerLimits } from './limits.js';

/** Bumped when what LayerFacts holds, or how a layer is read, changes. */
const FORMAT = 'layer-facts/1';
const MAX_CACHE_FILE = 256 * 1024 * 1024;

/** `$XDG_CACHE_HOME/patchline/layers`, else `~/.cache/patchline/layers`. */
export function defaultLayerCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'patchline', 'layers');
}

/** What a layer's facts depend on: its content (diffID), the catalogers and their versions, the limits. */
export function cacheKey(diffId: string, catalogers: readonly Cataloger[], limits: LayerLimits): string {
  const plugins = catalogers.map((c) => `${c.meta.id}@${c.meta.version}`).sort().join(',');
  const bounds = JSON.stringify(limits);
  return createHash('sha256').update(`${FORMAT}\n${diffId}\n${plugins}\n${bounds}`).digest('hex');
}

/**
 * One JSON file per key. Only complete layers are stored; a cache file that cannot be read or is not
 * what this version writes is a miss, never an error.
 */
export class LayerCache {
  constructor(private readonly dir: string) {}

  async get(key: string): Promise<LayerFacts | undefined> {
    try {
      const text = await readFile(this.file(key), 'utf8');
      if (text.length > MAX_CACHE_FILE) return undefined;
      const facts = JSON.parse(text) as LayerFacts & { format?: string };
      if (facts.format !== FORMAT || !Array.isArray(facts.entries) || typeof facts.packages !== 'object') return undefined;
      delete facts.format;
      return facts;
    } catch {
      return undefined;
    }
  }

  async put(key: string, facts: LayerFacts): Promise<void> {
    if (!facts.complete) return;
    try {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      const tmp = `${this.file(key)}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify({ format: FORMAT, ...facts }), { mode: 0o600 });
      await rename(tmp, this.file(key));
    } catch {
      // A cache that cannot be written only costs the next scan time.
    }
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }
}
