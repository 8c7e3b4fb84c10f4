import { finished } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { extract, type Header } from 'tar-stream';
import { errorMessage } from '../../../core/errors.js';
import type { ScanIssue } from '../../../core/model.js';
import { formatBytes } from '../../../core/walker.js';
import { decompressLayer } from './decompress.js';
import { entryPath, linkTarget, whiteoutOf } from './entry-path.js';
import type { LayerLimits } from './limits.js';

/** One tar entry as the merge needs it: metadata only, never the content. */
export interface LayerEntry {
  path: string;
  kind: 'file' | 'dir' | 'symlink' | 'hardlink' | 'whiteout' | 'opaque';
  size?: number;
  /** symlink: the path it points to inside the image; hardlink: the path it shares content with. */
  target?: string;
}

export interface LayerRead {
  entries: LayerEntry[];
  issues: ScanIssue[];
  /** False when the layer could not be read to its end (truncated, refused, digest mismatch). */
  complete: boolean;
}

export interface ReadLayerOptions {
  limits: LayerLimits;
  /** Which regular files to read into memory and hand to onFile (catalogers, os-release, snapshot). */
  wants(path: string): boolean;
  onFile(path: string, content: Buffer): Promise<void> | void;
  /** Is some directory above this path a symlink in the layers below (writing through it is refused)? */
  linkedBelow?(path: string): boolean;
  /** How issues name this layer, e.g. `layer 2 (sha256:0123abcd…)`. */
  label: string;
}

/**
 * Streams one stored layer (gzip, zstd or plain tar) through tar-stream without unpacking it. Hostile
 * entries are refused with an issue and the rest of the layer is still read; a layer that breaks off
 * keeps every entry read before the break.
 */
export async function readLayer(stored: Readable, mediaType: string, options: ReadLayerOptions): Promise<LayerRead> {
  const read: LayerRead = { entries: [], issues: [], complete: false };
  const tar = decompressLayer(stored, mediaType, options.limits);
  const entries = extract();
  tar.on('error', (err) => entries.destroy(err));
  tar.pipe(entries);
  const links = new Set<string>();
  try {
    for await (const entry of entries) {
      if (read.entries.length >= options.limits.maxEntries) {
        read.issues.push(issue('too-many-entries', `${options.label} has more than ${options.limits.maxEntries} entries; the rest was not read`));
        return read;
      }
      const kept = await onEntry(entry.header, entry as AsyncIterable<Buffer>, options, links, read.issues);
      if (kept) read.entries.push(kept);
    }
    await finished(tar);
    read.complete = true;
  } catch (err) {
    read.issues.push(issue('layer-unreadable', `${options.label} could not be read to its end (${errorMessage(err)}); what was read before is kept`));
  } finally {
    if (!read.complete) {
      tar.destroy();
      stored.destroy();
    }
  }
  return read;
}

async function onEntry(
  header: Header,
  body: AsyncIterable<Buffer>,
  options: ReadLayerOptions,
  links: Set<string>,
  issues: ScanIssue[],
): Promise<LayerEntry | undefined> {
  const entry = classify(header, options, links, issues);
  if (entry?.kind === 'file' && options.wants(entry.path)) {
    if ((entry.size ?? 0) > options.limits.maxFileBytes) {
      issues.push(issue('too-large', `${formatBytes(entry.size!)} is over the ${formatBytes(options.limits.maxFileBytes)} limit for files read from images; skipped`, entry.path));
    } else {
      const content = await collect(body, options.limits.maxFileBytes);
      await options.onFile(entry.path, content);
      return entry;
    }
  }
  for await (const _ of body); // skip the content
  return entry;
}

function classify(header: Header, options: ReadLayerOptions, links: Set<string>, issues: ScanIssue[]): LayerEntry | undefined {
  const p = entryPath(header.name);
  if (p === undefined) {
    issues.push(issue('unsafe-path', `${options.label}: entry '${header.name.slice(0, 200)}' is absolute or climbs out with '..'; refused`));
    return undefined;
  }
  if (p === '') return undefined;
  const wh = whiteoutOf(p);
  if (wh) return { path: wh.path, kind: wh.kind };
  if (throughLink(p, links, options)) {
    issues.push(issue('path-through-symlink', `${options.label}: entry is written through a symbolic link above it; refused`, p));
    return undefined;
  }
  switch (header.type) {
    case 'file':
    case 'contiguous-file':
      return { path: p, kind: 'file', size: header.size ?? 0 };
    case 'directory':
      return { path: p, kind: 'dir' };
    case 'symlink':
      return symlink(p, header.linkname ?? '', options, links, issues);
    case 'link':
      return hardlink(p, header.linkname ?? '', options, issues);
    case 'block-device':
    case 'character-device':
    case 'fifo':
      issues.push(issue('special-file', `${options.label}: ${header.type} entry refused`, p));
      return undefined;
    default:
      issues.push(issue('unsupported-entry', `${options.label}: tar entry of type '${header.type ?? 'unknown'}' (e.g. GNU sparse) refused`, p));
      return undefined;
  }
}

function symlink(p: string, linkname: string, options: ReadLayerOptions, links: Set<string>, issues: ScanIssue[]): LayerEntry | undefined {
  const target = linkTarget(p, linkname);
  if (target === undefined) {
    issues.push(issue('symlink-outside-root', `${options.label}: symbolic link points outside the image root; refused`, p));
    return undefined;
  }
  links.add(p);
  return { path: p, kind: 'symlink', target };
}

function hardlink(p: string, linkname: string, options: ReadLayerOptions, issues: ScanIssue[]): LayerEntry | undefined {
  const target = entryPath(linkname);
  if (!target) {
    issues.push(issue('hardlink-outside-root', `${options.label}: hard link to a path outside the image root; refused`, p));
    return undefined;
  }
  return { path: p, kind: 'hardlink', target };
}

function throughLink(p: string, links: Set<string>, options: ReadLayerOptions): boolean {
  for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
    const dir = p.slice(0, i);
    if (links.has(dir)) return true;
  }
  return options.linkedBelow?.(p) ?? false;
}

async function collect(body: AsyncIterable<Buffer>, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function issue(code: string, message: string, path?: string): ScanIssue {
  return { code, message, ...(path !== undefined && { path }), scanner: 'image' };
}
