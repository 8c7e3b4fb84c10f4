import type { core } from 'zod';
import { DAST_KNOWN_KEYS } from './config-dast.js';
import { FIX_KNOWN_KEYS } from './config-fix.js';
import { SNAPSHOT_KNOWN_KEYS } from './config-snapshot.js';
import { LLM_KNOWN_KEYS } from '../fixers/llm/config.js';

/** Keys each section of patchline.yaml accepts, for "did you mean" hints. */
const KNOWN_KEYS: Record<string, string[]> = {
  '': ['version', 'scanners', 'exclude', 'gitignore', 'gate', 'ignore', 'db', 'limits', 'fix', 'dast', 'snapshot', 'llm'],
  db: ['path', 'maxAgeDays'],
  gate: ['failOn'],
  'ignore[]': ['fingerprint', 'rule', 'path', 'reason', 'expires'],
  limits: ['maxFileSize', 'maxFiles'],
  ...FIX_KNOWN_KEYS,
  ...DAST_KNOWN_KEYS,
  ...SNAPSHOT_KNOWN_KEYS,
  ...LLM_KNOWN_KEYS,
};

type Issue = core.$ZodIssue;

/** One line per problem, naming the key and what to write instead. */
export function formatZodIssues(issues: readonly Issue[], data: unknown): string {
  return issues.map((issue) => `  - ${describe(issue, data)}`).join('\n');
}

function describe(issue: Issue, data: unknown): string {
  const where = keyPath(issue.path) || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const section = issue.path.map((p) => (typeof p === 'number' ? '[]' : String(p))).join('.').replace('.[]', '[]');
    const known = KNOWN_KEYS[section] ?? [];
    return issue.keys
      .map((key) => {
        const hint = closest(key, known);
        return `${where}: unknown key '${key}'${hint ? ` — did you mean '${hint}'?` : ''} (allowed: ${known.join(', ')})`;
      })
      .join('\n  - ');
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `${where}: ${JSON.stringify(valueAt(data, issue.path))} is not allowed; use one of ${issue.values.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
    return `${where}: required — ${issue.message.startsWith('Invalid input') ? `expected ${issue.expected}` : issue.message}`;
  }
  return `${where}: ${issue.message}`;
}

function keyPath(p: readonly PropertyKey[]): string {
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

function valueAt(data: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of p) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
