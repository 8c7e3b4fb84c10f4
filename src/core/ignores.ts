import picomatch from 'picomatch';
import type { IgnoreEntry } from './config.js';
import type { Finding } from './model.js';

/**
 * Applies the exceptions of patchline.yaml. An entry matches when every condition it names holds
 * (fingerprint, rule — the rule id or a peer id in its tags such as DL3007 —, path glob). After its
 * `expires` date the entry no longer hides the finding, and the finding says its exception expired.
 */
export function applyIgnores(findings: readonly Finding[], entries: readonly IgnoreEntry[], today: string): Finding[] {
  if (entries.length === 0) return [...findings];
  const matchers = entries.map(compile);
  return findings.map((finding) => {
    const hit = matchers.find((m) => m.matches(finding));
    if (!hit) return finding;
    const expired = hit.entry.expires !== undefined && hit.entry.expires < today;
    return {
      ...finding,
      suppression: {
        status: expired ? 'expired' : 'active',
        reason: hit.entry.reason,
        matchedBy: hit.label,
        ...(hit.entry.expires && { expires: hit.entry.expires }),
      },
    };
  });
}

function compile(entry: IgnoreEntry): { entry: IgnoreEntry; label: string; matches(f: Finding): boolean } {
  const pathMatch = entry.path ? picomatch(entry.path, { dot: true }) : undefined;
  const rule = entry.rule?.toLowerCase();
  const label = [
    entry.fingerprint && `fingerprint:${entry.fingerprint}`,
    entry.rule && `rule:${entry.rule}`,
    entry.path && `path:${entry.path}`,
  ].filter(Boolean).join(' ');
  return {
    entry,
    label,
    matches(f) {
      if (entry.fingerprint && !f.fingerprint.startsWith(entry.fingerprint)) return false;
      if (rule && f.ruleId.toLowerCase() !== rule && !(f.tags ?? []).some((t) => tagId(t) === rule)) return false;
      if (pathMatch) {
        const p = findingPath(f);
        if (p === undefined || !pathMatch(p)) return false;
      }
      return true;
    },
  };
}

/** `hadolint:DL3007` → `dl3007`. */
function tagId(tag: string): string {
  return tag.slice(tag.indexOf(':') + 1).toLowerCase();
}

function findingPath(f: Finding): string | undefined {
  if (f.location.kind === 'file') return f.location.path;
  if (f.location.kind === 'package') return f.location.path;
  return undefined;
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
