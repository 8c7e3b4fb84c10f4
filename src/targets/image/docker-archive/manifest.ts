import { z } from 'zod';
import { ParseError, UsageError } from '../../../core/errors.js';
import { parseJson } from '../image-config.js';

const Entry = z.object({
  Config: z.string(),
  RepoTags: z.array(z.string()).nullish(),
  Layers: z.array(z.string()),
});
const Manifest = z.array(Entry).min(1);

export interface ArchiveImageEntry {
  config: string;
  repoTags: string[];
  layers: string[];
}

/** docker save's manifest.json: one entry per saved image. */
export function parseArchiveManifest(bytes: Buffer, where: string): ArchiveImageEntry[] {
  const parsed = Manifest.safeParse(parseJson(bytes, `${where} manifest.json`));
  if (!parsed.success) {
    throw new ParseError(`${where}: manifest.json is not a docker save manifest (${parsed.error.issues[0]?.message}); was it written by docker save or skopeo?`);
  }
  return parsed.data.map((e) => ({ config: e.Config, repoTags: e.RepoTags ?? [], layers: e.Layers }));
}

/** The image the user selected: `:name:tag`, `@N` (0-based) or, with one image in the archive, that one. */
export function selectArchiveImage(entries: ArchiveImageEntry[], selector: string | undefined, where: string): ArchiveImageEntry {
  const listing = entries.map((e, i) => `@${i} ${e.repoTags.join(', ') || '(untagged)'}`).join('; ');
  if (!selector) {
    if (entries.length === 1) return entries[0]!;
    throw new UsageError(`${where} holds ${entries.length} images (${listing}); name one as docker-archive:PATH:NAME:TAG or docker-archive:PATH@N.`);
  }
  const index = /^@(\d+)$/.exec(selector);
  const found = index ? entries[Number(index[1])] : entries.find((e) => e.repoTags.some((t) => t === selector || t === `docker.io/${selector}` || t === `docker.io/library/${selector}`));
  if (!found) throw new UsageError(`${where} has no image "${selector}"; it holds ${listing}.`);
  return found;
}
