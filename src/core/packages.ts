import type { Package } from './model.js';

/**
 * One entry per (ecosystem, name, version): the same package found in several manifests keeps every
 * location, and is direct if any manifest declares it directly. Sorted for stable output.
 */
export function mergePackages(packages: readonly Package[]): Package[] {
  const byKey = new Map<string, Package>();
  for (const p of packages) {
    const key = `${p.ecosystem}\0${p.name}\0${p.version}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...p, locations: [...p.locations] });
      continue;
    }
    for (const loc of p.locations) {
      if (!seen.locations.some((l) => l.path === loc.path && l.line === loc.line)) seen.locations.push(loc);
    }
    if (p.direct) seen.direct = true;
  }
  return [...byKey.values()].sort(
    (a, b) => a.ecosystem.localeCompare(b.ecosystem) || a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}
