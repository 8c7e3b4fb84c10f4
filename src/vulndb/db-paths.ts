import os from 'node:os';
import path from 'node:path';
import type { PatchlineConfig } from '../core/config.js';

type Env = Record<string, string | undefined>;

/** `$XDG_CACHE_HOME/patchline`, else `~/.cache/patchline`. */
export function cacheDir(env: Env = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  return path.join(base, 'patchline');
}

/** `$PATCHLINE_DB`, else `<cache dir>/vulndb.sqlite`. */
export function defaultDbPath(env: Env = process.env): string {
  return env.PATCHLINE_DB ? path.resolve(env.PATCHLINE_DB) : path.join(cacheDir(env), 'vulndb.sqlite');
}

export interface ResolveDbOptions {
  /** `--db` on the command line: wins over everything. */
  flag?: string;
  /** Folder a relative `db.path` of the config is resolved against (the config file's folder). */
  baseDir?: string;
  env?: Env;
}

/** The index a command uses: `--db`, else `$PATCHLINE_DB`, else `db.path` of the config, else the cache. */
export function resolveDb(config: PatchlineConfig, options: ResolveDbOptions = {}): string {
  const env = options.env ?? process.env;
  if (options.flag) return path.resolve(expandHome(options.flag));
  if (env.PATCHLINE_DB) return path.resolve(expandHome(env.PATCHLINE_DB));
  const configured = config.db?.path;
  if (configured) return path.resolve(options.baseDir ?? process.cwd(), expandHome(configured));
  return defaultDbPath(env);
}

function expandHome(p: string): string {
  return p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p;
}
