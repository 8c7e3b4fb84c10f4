import path from 'node:path';
import { packageRoot } from '../core/paths.js';

/** ../shared/fixtures beside the checkout (CI lays shared/ beside the clone); provenance in its SOURCES.md. */
export const fixturesDir = path.resolve(packageRoot, '../shared/fixtures');

export function fixture(...segments: string[]): string {
  return path.join(fixturesDir, ...segments);
}
