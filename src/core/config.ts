import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { SEVERITIES } from './model.js';
import { formatZodIssues } from './config-messages.js';
import { FixConfigSchema } from './config-fix.js';
import { LlmConfigSchema } from '../fixers/llm/config.js';
import { DastConfigSchema } from './config-dast.js';
import { SnapshotConfigSchema } from './config-snapshot.js';

export const CONFIG_FILE = 'patchline.yaml';
const MAX_CONFIG_BYTES = 1024 * 1024;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const SizeSchema = z.union([
  z.number().int().positive(),
  z.string().regex(/^\d+(\.\d+)?\s*(B|KB|KiB|MB|MiB|GB|GiB)?$/i, 'a size such as 5MB, 512KiB or a number of bytes'),
]);

export const IgnoreEntrySchema = z
  .strictObject({
    fingerprint: z.string().min(8, 'a fingerprint from a report (at least 8 characters)').optional(),
    rule: z.string().min(1).optional(),
    path: z.string().min(1).optional(),
    reason: z.string({ error: 'every ignore needs a reason: say why the finding is accepted' }).min(3, 'say why the finding is accepted'),
    expires: z
      .union([z.string(), z.date()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .refine((v) => DATE.test(v) && !Number.isNaN(Date.parse(v)), 'a date written YYYY-MM-DD')
      .optional(),
  })
  .refine((e) => e.fingerprint ?? e.rule ?? e.path, {
    message: 'an ignore needs at least one of fingerprint, rule or path to match on',
  });
export type IgnoreEntry = z.infer<typeof IgnoreEntrySchema>;

export const ConfigSchema = z.strictObject({
  version: z.literal(1, 'the only config version is 1').optional(),
  scanners: z.array(z.string(), { error: 'a list of scanner ids, e.g. [secrets, dockerfile]' }).optional(),
  exclude: z.array(z.string(), { error: 'a list of path globs, e.g. ["tests/**", "docs/**"]' }).optional(),
  gitignore: z.boolean().optional(),
  gate: z.strictObject({ failOn: z.enum(SEVERITIES).optional() }).optional(),
  ignore: z.array(IgnoreEntrySchema).optional(),
  db: z
    .strictObject({
      path: z.string().min(1).optional(),
      maxAgeDays: z.number().positive('a number of days, e.g. 7').optional(),
    })
    .optional(),
  limits: z.strictObject({ maxFileSize: SizeSchema.optional(), maxFiles: z.number().int().positive().optional() }).optional(),
  fix: FixConfigSchema.optional(),
  llm: LlmConfigSchema.optional(),
  /** Scans of a running application (`patchline scan --url`). */
  dast: DastConfigSchema.optional(),
  snapshot: SnapshotConfigSchema.optional(),
});
export type PatchlineConfig = z.infer<typeof ConfigSchema>;

export interface LoadedConfig {
  config: PatchlineConfig;
  /** Where it came from, or undefined when defaults are used. */
  file?: string;
}

/** Loads `--config FILE`, else `patchline.yaml` at the scan root, else the defaults. */
export async function loadConfig(scanRoot: string, explicitFile?: string): Promise<LoadedConfig> {
  const file = explicitFile ?? path.join(scanRoot, CONFIG_FILE);
  let text: string;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new ConfigError(`${file} is not a file`);
    if (st.size > MAX_CONFIG_BYTES) throw new ConfigError(`${file} is larger than 1 MiB; is it the right file?`);
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !explicitFile) return { config: {} };
    throw new ConfigError(`cannot read config ${file}: ${(err as NodeJS.ErrnoException).code ?? err}. Check the --config path.`, { cause: err });
  }
  const config = await parseConfig(text, file);
  // A relative db.path means relative to the config file, wherever patchline runs from.
  if (config.db?.path) config.db.path = path.resolve(path.dirname(file), config.db.path);
  if (config.snapshot?.dir) config.snapshot.dir = path.resolve(path.dirname(file), config.snapshot.dir);
  const app = config.fix?.github?.app;
  if (app?.privateKeyFile) app.privateKeyFile = path.resolve(path.dirname(file), app.privateKeyFile);
  return { config, file };
}

export async function parseConfig(text: string, file = CONFIG_FILE): Promise<PatchlineConfig> {
  const { parseYamlData, YamlShapeError } = await import('./yaml-data.js');
  let data: unknown;
  try {
    data = parseYamlData(text, { uniqueKeys: true }) ?? {};
  } catch (err) {
    if (!(err instanceof YamlShapeError)) throw err;
    const where = err.line ? ` (line ${err.line}, column ${err.column})` : '';
    throw new ConfigError(`${file}${where}: ${err.message}`);
  }
  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) {
    throw new ConfigError(`${file} is not valid:\n${formatZodIssues(parsed.error.issues, data)}`);
  }
  return parsed.data;
}

export function parseSize(value: number | string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return value;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim())!;
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}
