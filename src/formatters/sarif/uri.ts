import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Target } from '../../core/model.js';
import type { SarifArtifactLocation } from './sarif-types.js';

export const SRCROOT = '%SRCROOT%';

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

/**
 * A scan-root-relative path as a SARIF artifact location: forward slashes, each segment percent-encoded
 * (a space or `#` is not a valid URI reference), relative to `%SRCROOT%`. An absolute path, which the
 * model should never hold, becomes a file URI rather than a wrong relative one.
 */
export function artifactLocation(path: string): SarifArtifactLocation {
  const slashed = path.replace(/\\/g, '/');
  if (isAbsolutePath(slashed)) return { uri: pathToFileURL(slashed).href };
  const relative = slashed.replace(/^(?:\.\/)+/, '');
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/**
 * `%SRCROOT%` as a file URI with a trailing slash, when the target is a local tree given by an absolute
 * path. A relative ref would make a machine-dependent guess, so the base stays unresolved and consumers
 * (GitHub code scanning) resolve it against the checkout.
 */
export function srcRootUri(target: Target): string | undefined {
  if (target.kind !== 'directory' && target.kind !== 'git') return undefined;
  if (!isAbsolute(target.ref)) return undefined;
  const href = pathToFileURL(target.ref).href;
  return href.endsWith('/') ? href : `${href}/`;
}
