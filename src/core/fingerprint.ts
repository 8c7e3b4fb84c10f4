import { createHash } from 'node:crypto';

/**
 * A fingerprint identifies a finding across runs and machines: rule + location identity + normalized
 * content. Line numbers and absolute paths are left out so an edit elsewhere in the file keeps it stable;
 * `occurrence` separates identical matches within one file.
 */
export function fingerprint(parts: {
  ruleId: string;
  identity: string;
  content: string;
  occurrence?: number;
}): string {
  const normalized = normalizeContent(parts.content);
  const h = createHash('sha256');
  h.update(`v1\0${parts.ruleId}\0${parts.identity}\0${normalized}\0${parts.occurrence ?? 0}`);
  return h.digest('hex').slice(0, 32);
}

export function normalizeContent(content: string): string {
  return content.replace(/\s+/g, ' ').trim();
}

/**
 * Gives identical (rule, identity, content) triples increasing occurrence numbers, in input order,
 * and returns their fingerprints.
 */
export function fingerprintAll<T>(
  items: readonly T[],
  key: (item: T) => { ruleId: string; identity: string; content: string },
): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const k = key(item);
    const id = `${k.ruleId}\0${k.identity}\0${normalizeContent(k.content)}`;
    const occurrence = seen.get(id) ?? 0;
    seen.set(id, occurrence + 1);
    return fingerprint({ ...k, occurrence });
  });
}
