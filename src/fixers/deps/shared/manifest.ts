import path from 'node:path';
import { siblingPath } from '../../../catalogers/python/shared/sibling.js';
import type { FixContext } from '../../types.js';

/** The manifest a fixer edits for a finding in it or in a lockfile beside it. */
export interface Manifest {
  path: string;
  text: string;
  /** The lockfile the finding came from, which must be regenerated after the edit. */
  lockfile?: string;
}

/** `poetry.lock` → `pyproject.toml` beside it; the manifest itself → itself. */
export async function manifestFor(findingPath: string, manifestName: string, ctx: FixContext): Promise<Manifest | string> {
  const isManifest = path.posix.basename(findingPath) === manifestName;
  const manifestPath = isManifest ? findingPath : siblingPath(findingPath, manifestName);
  const text = await ctx.readFile(manifestPath);
  if (text === undefined) return `${manifestPath} cannot be read; the version is set in ${findingPath} only, which its tool must regenerate`;
  return { path: manifestPath, text, ...(!isManifest && { lockfile: findingPath }) };
}

export function lockfileNote(manifest: Manifest, command: string): string[] {
  return manifest.lockfile ? [`Regenerate ${manifest.lockfile} (${command}) so it pins the new version; the lockfile was not edited.`] : [];
}

export function basename(p: string | undefined): string {
  return p ? path.posix.basename(p) : '';
}
