import type { SecretEngine } from './engine.js';
import { passesFilters } from './filters.js';
import { scanKeywords } from './keyword-index.js';
import { resolveOverlaps } from './overlap.js';
import type { RuleKind, SecretRule } from './rule-schema.js';

/** Lines longer than this (minified code, data blobs) are only searched near keyword occurrences. */
export const MAX_LINE_SCAN = 4096;
const WINDOW_BEFORE = 64;
const WINDOW_AFTER = 2048;
/** Bounds the work on one pathological line: at most this many windows per rule. */
const MAX_WINDOWS_PER_LINE = 256;
const QUOTES = new Set(['"', "'", '`']);

/** A match that passed every filter. Holds the raw secret: it must not leave this scanner unredacted. */
export interface SecretHit {
  rule: SecretRule;
  kind: RuleKind;
  secret: string;
  /** Offsets in the file text, end exclusive. */
  start: number;
  end: number;
  matchStart: number;
}

export interface MatchResult {
  hits: SecretHit[];
  /** Offset at which each line starts. */
  lineStarts: number[];
}

export function findSecrets(text: string, path: string, engine: SecretEngine): MatchResult {
  const { rules, keywordRules } = engine;
  // rule index → line → keyword offsets on that line
  const candidates: (Map<number, number[]> | undefined)[] = new Array(rules.length);
  const lineStarts = scanKeywords(engine.index, text, (keywordId, start, line) => {
    for (const r of keywordRules[keywordId]!) {
      const lines = (candidates[r] ??= new Map());
      const offsets = lines.get(line);
      if (offsets) offsets.push(start);
      else lines.set(line, [start]);
    }
  });
  const raw: SecretHit[] = [];
  const collect = (rule: SecretRule, part: string, base: number): void => {
    for (const hit of matchAll(rule, part, base, text, path)) raw.push(hit);
  };
  candidates.forEach((lines, r) => {
    if (!lines) return;
    const rule = rules[r]!;
    if (rule.multiline) {
      collect(rule, text, 0);
      return;
    }
    for (const [line, offsets] of lines) {
      const start = lineStarts[line]!;
      let end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      if (end - start <= MAX_LINE_SCAN) {
        collect(rule, text.slice(start, end), start);
        continue;
      }
      for (const [from, to] of windows(offsets, start, end)) collect(rule, text.slice(from, to), from);
    }
  });
  return { hits: resolveOverlaps(raw), lineStarts };
}

/** Windows around keyword offsets (ascending) within [lineStart, lineEnd), overlapping ones merged. */
export function windows(offsets: readonly number[], lineStart: number, lineEnd: number): [number, number][] {
  const out: [number, number][] = [];
  for (const offset of offsets) {
    const from = Math.max(lineStart, offset - WINDOW_BEFORE);
    const to = Math.min(lineEnd, offset + WINDOW_AFTER);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else if (out.length === MAX_WINDOWS_PER_LINE) break;
    else out.push([from, to]);
  }
  return out;
}

function* matchAll(rule: SecretRule, part: string, base: number, text: string, path: string): Generator<SecretHit> {
  const re = rule.regex;
  re.lastIndex = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    if (m[0].length === 0) re.lastIndex++;
    const group = rule.secretGroups.find((g) => m![g] !== undefined);
    if (group === undefined) continue;
    const secret = m[group]!;
    const [from] = m.indices![group]!;
    const start = base + from;
    const candidate = { secret, match: m[0], quoted: QUOTES.has(text[start - 1] ?? ''), path };
    if (secret.length === 0 || !passesFilters(rule, candidate)) continue;
    yield { rule, kind: rule.kind, secret, start, end: start + secret.length, matchStart: base + m.index };
  }
}
