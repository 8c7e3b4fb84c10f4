import { defaultEngine } from '../../scanners/secrets/engine.js';
import { findSecrets } from '../../scanners/secrets/matcher.js';

export interface MaskedText {
  text: string;
  /** Puts the original values back wherever the model kept a placeholder. */
  restore(text: string): string;
}

/**
 * Replaces every secret the secrets rules find with a placeholder before code goes to a model: a
 * hard-coded key must not leave the machine for a third-party API. Each line of a multi-line secret
 * (a private key) gets its own placeholder, so line numbers stay as they are.
 */
export function maskSecrets(text: string, path: string): MaskedText {
  const { hits } = findSecrets(text, path, defaultEngine());
  if (hits.length === 0) return { text, restore: (t) => t };
  const originals = new Map<string, string>();
  let out = '';
  let at = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    if (hit.start < at) continue;
    const masked = text.slice(hit.start, hit.end).split('\n').map((part) => {
      if (part === '') return part;
      const token = `PATCHLINE_MASKED_SECRET_${originals.size + 1}`;
      originals.set(token, part);
      return token;
    });
    out += text.slice(at, hit.start) + masked.join('\n');
    at = hit.end;
  }
  out += text.slice(at);
  return {
    text: out,
    restore: (t) => t.replace(/PATCHLINE_MASKED_SECRET_\d+/g, (token) => originals.get(token) ?? token),
  };
}
