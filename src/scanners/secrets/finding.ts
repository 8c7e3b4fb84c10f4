import { createHash } from 'node:crypto';
import { lineOf } from '../../core/line-index.js';
import { redactCredentials, redactSecret } from '../../core/redact.js';
import { draftFinding } from '../draft-finding.js';
import type { DraftFinding } from '../types.js';
import type { SecretHit } from './matcher.js';

const MAX_SNIPPET = 200;
const CONTEXT_BEFORE = 80;
const CONTEXT_AFTER = 160;

/** The file as the matcher saw it: text, line offsets and every accepted hit ordered by start. */
export interface ScannedText {
  path: string;
  text: string;
  lineStarts: readonly number[];
  hits: readonly SecretHit[];
}

/** Builds the finding for one hit; the raw secret goes in only as a hash. */
export function toDraftFinding(hit: SecretHit, file: ScannedText): DraftFinding {
  const at = hit.rule.reportAt === 'match' ? hit.matchStart : hit.start;
  const line = lineOf(file.lineStarts, at);
  const endLine = lineOf(file.lineStarts, Math.max(hit.start, hit.end - 1));
  const shown = redactSecret(hit.secret);
  return draftFinding(hit.rule.meta, {
    path: file.path,
    startLine: line + 1,
    startColumn: at - file.lineStarts[line]! + 1,
    endLine: endLine + 1,
    endColumn: hit.end - file.lineStarts[endLine]! + 1,
    snippet: snippet(file, line, at),
    message: `${hit.rule.meta.title} found: ${shown}`,
    evidence: shown,
    fingerprintContent: createHash('sha256').update(hit.secret).digest('hex'),
  });
}


/**
 * The reported line around `at`, with every found secret on it replaced by its redacted form and any
 * other credential-looking text masked as well.
 */
function snippet(file: ScannedText, line: number, at: number): string {
  const { text, lineStarts } = file;
  const lineStart = lineStarts[line]!;
  let lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  const from = Math.max(lineStart, at - CONTEXT_BEFORE);
  const to = Math.min(lineEnd, at + CONTEXT_AFTER);
  const pieces: string[] = [];
  let cursor = from;
  for (const h of hitsWithin(file.hits, from, to)) {
    if (h.start > cursor) pieces.push(redactCredentials(text.slice(cursor, h.start)));
    pieces.push(redactSecret(h.secret));
    cursor = Math.max(cursor, h.end);
  }
  if (cursor < to) pieces.push(redactCredentials(text.slice(cursor, to)));
  const body = `${from > lineStart ? '…' : ''}${pieces.join('').trim()}${to < lineEnd ? '…' : ''}`;
  return body.length > MAX_SNIPPET ? `${body.slice(0, MAX_SNIPPET)}…` : body;
}

/** Hits overlapping [from, to); `hits` are sorted by start and do not overlap. */
function hitsWithin(hits: readonly SecretHit[], from: number, to: number): SecretHit[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: SecretHit[] = [];
  for (let i = lo; i < hits.length && hits[i]!.start < to; i++) out.push(hits[i]!);
  return out;
}
