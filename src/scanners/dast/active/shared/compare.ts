/**
 * How alike two pages are, 0…1: the Dice coefficient of their word multisets. Pages of one template
 * that list the same rows score ~1; a page with other rows or an error scores clearly lower.
 */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let total = 0;
  let common = 0;
  for (const n of wa.values()) total += n;
  for (const [w, n] of wb) {
    total += n;
    common += Math.min(n, wa.get(w) ?? 0);
  }
  return total === 0 ? 1 : (2 * common) / total;
}

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** The body without the values the request carried (as sent, HTML-escaped or URL-encoded), so reflections do not count. */
export function withoutValues(body: string, values: readonly string[]): string {
  let out = body;
  for (const v of values) {
    if (v.length < 2) continue;
    const forms = [v, escapeHtml(v, '&#34;', '&#39;'), escapeHtml(v, '&quot;', '&#x27;'), encodeURIComponent(v), new URLSearchParams({ v }).toString().slice(2)];
    for (const form of new Set(forms)) {
      out = out.split(form).join(' ');
    }
  }
  return out;
}

function escapeHtml(s: string, dq: string, sq: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, dq).replace(/'/g, sq);
}
