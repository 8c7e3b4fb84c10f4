/** URLs robots.txt and sitemap.xml reveal. Both are hostile input: bounded and parsed loosely. */

const MAX_ENTRIES = 500;

/** Allow/Disallow paths (wildcards cut off) and Sitemap URLs. */
export function robotsUrls(text: string, base: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/).slice(0, 5000)) {
    const m = /^\s*(allow|disallow|sitemap)\s*:\s*(\S+)/i.exec(line);
    if (!m) continue;
    const path = m[1]!.toLowerCase() === 'sitemap' ? m[2]! : m[2]!.replace(/[*$].*$/, '');
    const url = resolve(path, base);
    if (url) out.push(url);
    if (out.length >= MAX_ENTRIES) break;
  }
  return out;
}

/** <loc> entries of a sitemap or sitemap index. */
export function sitemapUrls(text: string, base: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)) {
    const url = resolve(m[1]!.replace(/&amp;/g, '&'), base);
    if (url) out.push(url);
    if (out.length >= MAX_ENTRIES) break;
  }
  return out;
}

function resolve(ref: string, base: string): string | undefined {
  if (!ref || ref === '/') return ref === '/' ? new URL('/', base).href : undefined;
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}
