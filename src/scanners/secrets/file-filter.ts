/**
 * Which walked files the secrets scanner reads. Nearly all text: secrets hide in any of it. The
 * exceptions hold machine-written hashes and copies of code scanned elsewhere:
 * - lockfiles: integrity hashes and checksums by the thousand, no hand-written values;
 * - minified bundles and source maps: generated from sources that are scanned themselves;
 * - `node_modules/`: third-party packages, whose keys the project can neither rotate nor remove.
 */

const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'composer.lock',
  'cargo.lock',
  'gemfile.lock',
  'poetry.lock',
  'pipfile.lock',
  'uv.lock',
  'go.sum',
]);

const GENERATED = /\.(?:min\.js|min\.mjs|min\.css|js\.map|css\.map|map)$/i;

export function wantsFile(path: string): boolean {
  const normalized = path.replace(/\\/g, '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1).toLowerCase();
  if (LOCKFILES.has(base)) return false;
  if (GENERATED.test(base)) return false;
  return !/(?:^|\/)node_modules\//.test(normalized);
}
