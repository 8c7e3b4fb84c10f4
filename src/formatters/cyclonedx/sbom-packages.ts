import { createHash } from 'node:crypto';
import type { Finding, LayerRef, Package, PackageLocation, ScanResult, Target } from '../../core/model.js';
import { redactCredentials } from '../../core/redact.js';
import { purlFor } from '../../catalogers/shared/package.js';

/**
 * What both SBOM formats (CycloneDX and SPDX) need from a scan result: one entry per package identity,
 * in a stable order, with a stable reference; the target's name; a document id that is the same every
 * time one result is rendered and different for every scan.
 */
export interface SbomPackage {
  /** The CycloneDX bom-ref: the purl, or a synthetic `pkg-id:` ref when the package has no purl. */
  ref: string;
  ecosystem: string;
  name: string;
  version: string;
  purl: string;
  /** `path` or `path:line`, sorted, deduplicated. */
  locations: string[];
  direct?: boolean;
  scope?: string;
  constraint?: string;
  source?: { name: string; version: string };
  /** Images: the layer that installed it. */
  layer?: LayerRef;
}

export function isVulnerability(f: Finding): f is Finding & { location: PackageLocation } {
  return f.category === 'vulnerability' && f.location.kind === 'package';
}

function identityOf(p: { ecosystem: string; name: string; version: string }): string {
  return `${p.ecosystem}/${p.name}@${p.version}`;
}

function refOf(p: Pick<Package, 'ecosystem' | 'name' | 'version' | 'purl'>): string {
  return p.purl !== '' ? p.purl : `pkg-id:${identityOf(p)}`;
}

function locationText(l: Package['locations'][number]): string {
  return l.line !== undefined ? `${l.path}:${l.line}` : l.path;
}

/** A purl for a vulnerable package that the catalogers did not list (never throws: '' when none can be built). */
function purlOrEmpty(loc: PackageLocation): string {
  try {
    return purlFor(loc.ecosystem, loc.name, loc.version);
  } catch {
    return '';
  }
}

/**
 * Every package of the result, plus every package a vulnerability finding names that is not among them
 * (so each `affects` reference resolves), merged by reference (the purl): locations are unioned, and a
 * package is direct when any entry says so. Sorted by reference.
 */
export function sbomPackages(result: ScanResult): SbomPackage[] {
  const byIdentity = new Map(result.packages.map((p) => [identityOf(p), p]));
  const extra: Package[] = [];
  for (const f of result.findings.filter(isVulnerability)) {
    const id = identityOf(f.location);
    if (byIdentity.has(id)) continue;
    const { ecosystem, name, version, path, line } = f.location;
    const p: Package = { ecosystem, name, version, purl: purlOrEmpty(f.location), locations: path ? [{ path, ...(line !== undefined && { line }) }] : [] };
    byIdentity.set(id, p);
    extra.push(p);
  }
  const byRef = new Map<string, SbomPackage>();
  for (const p of [...result.packages, ...extra]) {
    const ref = refOf(p);
    const seen = byRef.get(ref);
    if (seen) {
      seen.locations = [...new Set([...seen.locations, ...p.locations.map(locationText)])].sort();
      if (p.direct !== undefined) seen.direct = Boolean(seen.direct) || p.direct;
      continue;
    }
    byRef.set(ref, {
      ref,
      ecosystem: p.ecosystem,
      name: p.name,
      version: p.version,
      purl: p.purl,
      locations: [...new Set(p.locations.map(locationText))].sort(),
      ...(p.direct !== undefined && { direct: p.direct }),
      ...(p.scope !== undefined && { scope: p.scope }),
      ...(p.constraint !== undefined && { constraint: p.constraint }),
      ...(p.source !== undefined && { source: { ...p.source } }),
      ...(p.layer !== undefined && { layer: { ...p.layer } }),
    });
  }
  return [...byRef.values()].sort((a, b) => compareText(a.ref, b.ref));
}

/** The reference of the package a vulnerability finding is about (matches an entry of sbomPackages). */
export function affectedRef(result: ScanResult, loc: PackageLocation): string {
  const id = identityOf(loc);
  const p = result.packages.find((q) => identityOf(q) === id);
  return refOf(p ?? { ...loc, purl: purlOrEmpty(loc) });
}

/** Code-unit order, independent of the locale (localeCompare differs between machines). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How a target is named in an SBOM: its ref as the user gave it, with any credentials masked. */
export function targetName(target: Target): string {
  return redactCredentials(target.ref) || '.';
}

/** Dev, test, build and documentation groups are not needed at run time. */
export function isNonRuntimeScope(scope: string | undefined): boolean {
  return scope !== undefined && /^(dev|develop|development|test|tests|testing|build|lint|docs?|devDependencies)$/i.test(scope);
}

/**
 * An RFC 4122 name-based (version 5, SHA-1) UUID of the scan: the same result always renders to the
 * same document, and two scans (other start time, target, tool or content) never share one.
 */
export function documentUuid(result: ScanResult, kind: string): string {
  const name = JSON.stringify([
    kind,
    result.tool,
    result.target,
    result.startedAt,
    result.packages.map((p) => refOf(p)),
    result.findings.map((f) => f.fingerprint),
  ]);
  const namespace = Buffer.from('9b3f4a52d1e84c0f8a6b2e7d5c1f0a39', 'hex');
  const hash = createHash('sha1').update(namespace).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `sha256:<hex>` (or sha384/sha512) → the algorithm and hex value, when the digest is well formed. */
export function parseDigest(digest: string | undefined): { alg: 'SHA-256' | 'SHA-384' | 'SHA-512'; hex: string } | undefined {
  const m = /^(sha256|sha384|sha512):([0-9a-f]+)$/i.exec(digest ?? '');
  if (!m) return undefined;
  const alg = m[1]!.toLowerCase() === 'sha256' ? 'SHA-256' : m[1]!.toLowerCase() === 'sha384' ? 'SHA-384' : 'SHA-512';
  const expected = { 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 }[alg];
  return m[2]!.length === expected ? { alg, hex: m[2]!.toLowerCase() } : undefined;
}
