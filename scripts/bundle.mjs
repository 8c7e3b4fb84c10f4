// Bundles the compiled CLI (and its scan worker) into two files: loading ~300 ES modules one by one is
// most of a small scan's time. native addons (better-sqlite3, tree-sitter) stay external.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/main.js', 'dist/cli/scan-worker.js'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: ['better-sqlite3', 'tree-sitter', 'tree-sitter-*'],
  // Bundled CommonJS dependencies call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __patchlineRequire } from 'node:module'; const require = __patchlineRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});
