import { createHash } from 'node:crypto';
import type { Target } from '../../core/model.js';
import type { SbomPackage } from '../cyclonedx/sbom-packages.js';

export const DOCUMENT_ID = 'SPDXRef-DOCUMENT';
export const ROOT_ID = 'SPDXRef-RootPackage';
const MAX_READABLE = 64;

/** Keeps only what an SPDX id allows (`[A-Za-z0-9.-]`); every other run of characters becomes one `-`. */
export function sanitizeIdPart(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  return clean.slice(0, MAX_READABLE).replace(/-+$/, '');
}

/**
 * `SPDXRef-Package-<ecosystem>-<name>-<hash>`: readable, and unique because the hash is of the package
 * reference (its purl), which is unique in the document.
 */
export function packageId(p: Pick<SbomPackage, 'ecosystem' | 'name' | 'ref'>): string {
  const hash = createHash('sha256').update(p.ref).digest('hex').slice(0, 16);
  const readable = sanitizeIdPart(`${p.ecosystem}-${p.name}`);
  return `SPDXRef-Package-${readable ? `${readable}-` : ''}${hash}`;
}

/** `https://…/spdx/<kind>/<name>-<uuid>`: a URI unique to this document, as SPDX 2.3 §6.5 asks. */
export function documentNamespace(base: string, target: Target, name: string, uuid: string): string {
  const slug = sanitizeIdPart(name.replace(/^[./]+/, '')) || 'target';
  return `${base}/spdx/${target.kind}/${encodeURIComponent(slug)}-${uuid}`;
}
