import type { Readable } from 'node:stream';
import type { CatalogContext, Cataloger } from '../../../catalogers/types.js';
import { guarded, emptyResult } from '../../../core/file-job.js';
import type { Package, ScanIssue } from '../../../core/model.js';
import { decodeText } from '../../../core/source-reader.js';
import type { LayerLimits } from './limits.js';
import { readLayer, type LayerEntry } from './read-layer.js';

/** Files every image scan keeps the text of (OS detection), whatever the catalogers want. */
export const KEPT_FILES = new Set(['etc/os-release', 'usr/lib/os-release', 'etc/alpine-release', 'etc/debian_version']);

/** What one layer holds, on its own: the unit that is cached by diffID. */
export interface LayerFacts {
  entries: LayerEntry[];
  /** Packages the catalogers found, by the path of the file they came from. */
  packages: Record<string, Package[]>;
  /** Text of the KEPT_FILES this layer writes. */
  kept: Record<string, string>;
  issues: ScanIssue[];
  complete: boolean;
}

export interface LayerFactsOptions {
  catalogers: readonly Cataloger[];
  limits: LayerLimits;
  label: string;
  linkedBelow?(path: string): boolean;
  /** Other files the caller wants (the code snapshot), with their bytes. */
  extra?: { wants(path: string): boolean; onFile(path: string, content: Buffer): Promise<void> | void };
}

/** Inside an image a cataloger sees one file at a time: references to other files are not followed. */
const NO_OTHER_FILES: CatalogContext = { readFile: async () => undefined };

export async function layerFacts(stored: Readable, mediaType: string, options: LayerFactsOptions): Promise<LayerFacts> {
  const facts: LayerFacts = { entries: [], packages: {}, kept: {}, issues: [], complete: false };
  const extra = options.extra;
  const read = await readLayer(stored, mediaType, {
    limits: options.limits,
    label: options.label,
    ...(options.linkedBelow && { linkedBelow: options.linkedBelow }),
    wants: (p) => KEPT_FILES.has(p) || options.catalogers.some((c) => c.matches(p)) || (extra?.wants(p) ?? false),
    onFile: async (p, content) => {
      if (KEPT_FILES.has(p)) facts.kept[p] = content.toString('utf8').slice(0, 64 * 1024);
      await catalogFile(p, content, options.catalogers, facts);
      if (extra?.wants(p)) await extra.onFile(p, content);
    },
  });
  facts.entries = read.entries;
  facts.issues.push(...read.issues);
  facts.complete = read.complete;
  return facts;
}

async function catalogFile(path: string, content: Buffer, catalogers: readonly Cataloger[], facts: LayerFacts): Promise<void> {
  const matching = catalogers.filter((c) => c.matches(path));
  if (matching.length === 0) return;
  const decoded = matching.some((c) => !c.binary) ? decodeText(content, path) : undefined;
  if (decoded?.issue && decoded.text === undefined && matching.every((c) => !c.binary)) {
    facts.issues.push(decoded.issue);
    return;
  }
  const result = emptyResult();
  for (const cataloger of matching) {
    if (!cataloger.binary && decoded?.text === undefined) continue;
    const file = { path, size: content.length, text: decoded?.text ?? '', ...(cataloger.binary && { bytes: content }) };
    await guarded(result, cataloger.meta.id, path, async () => {
      const out = await cataloger.extract(file, NO_OTHER_FILES);
      result.packages.push(...out.packages);
      return out;
    });
  }
  if (result.packages.length > 0) facts.packages[path] = result.packages;
  facts.issues.push(...result.issues);
}
