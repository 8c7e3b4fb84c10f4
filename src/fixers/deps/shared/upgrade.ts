import type { Finding, PackageLocation } from '../../../core/model.js';
import { schemeFor } from '../../../versioning/registry.js';
import type { FixContext, FixUnit } from '../../types.js';

/** The one upgrade that fixes every advisory of a fix unit. */
export interface Upgrade {
  ecosystem: string;
  name: string;
  installed: string;
  target: string;
  /** The manifest or lockfile the scanner found the package in. */
  path: string;
  /** The advisory ids it fixes, for the title and rationale. */
  advisories: string[];
  compare(a: string, b: string): number;
}

/**
 * The lowest version that fixes every advisory of the unit: each finding's safe version (the lowest
 * one no known advisory affects), else its lowest fixed version; the highest of those. Never a
 * downgrade, and never a new major version unless the config allows it.
 */
export function planUpgrade(unit: FixUnit, ctx: FixContext): Upgrade | string {
  const loc = unit.findings[0]!.location as PackageLocation;
  const scheme = schemeFor(loc.ecosystem);
  if (!scheme) return `no version scheme for the ${loc.ecosystem} ecosystem`;
  if (!loc.path) return `the scanner did not say which manifest declares ${loc.name}`;
  const compare = (a: string, b: string): number => scheme.compare(a, b);
  let target: string | undefined;
  for (const f of unit.findings) {
    const candidate = fixVersion(f, loc.version, compare);
    if (!candidate) return `no fixed version of ${loc.name} is known for ${f.ruleId}`;
    if (!target || compare(candidate, target) > 0) target = candidate;
  }
  // An unpinned requirement has no installed version: nothing to compare against, only a floor to add.
  if (!loc.version) return upgrade(loc, target!, unit, compare);
  if (compare(target!, loc.version) <= 0) return `${loc.name} ${loc.version} is not below the fixed version ${target}; nothing to upgrade`;
  if (!ctx.allowMajor && crossesMajor(loc.version, target!)) {
    return `the lowest safe version of ${loc.name}, ${target}, is a new major version (installed ${loc.version}); allow it with fix.allowMajor: true in patchline.yaml`;
  }
  return upgrade(loc, target!, unit, compare);
}

function upgrade(loc: PackageLocation, target: string, unit: FixUnit, compare: (a: string, b: string) => number): Upgrade {
  return {
    ecosystem: loc.ecosystem,
    name: loc.name,
    installed: loc.version,
    target,
    path: loc.path!,
    advisories: unit.findings.map((f) => f.ruleId),
    compare,
  };
}

function fixVersion(f: Finding, installed: string, compare: (a: string, b: string) => number): string | undefined {
  if (f.safeVersion) return f.safeVersion;
  const above = (f.fixedVersions ?? []).filter((v) => safeCompare(compare, v, installed) > 0);
  return above.sort((a, b) => safeCompare(compare, a, b))[0];
}

function safeCompare(compare: (a: string, b: string) => number, a: string, b: string): number {
  try {
    return compare(a, b);
  } catch {
    return 0;
  }
}

/**
 * Does the upgrade change the leading release number? Calendar versions (a leading year, as certifi's
 * 2023.7.22) promise nothing by their first number, so a new year is not a new major version.
 */
export function crossesMajor(installed: string, target: string): boolean {
  const major = (v: string): number | undefined => {
    const m = /^v?(?:\d+!)?(\d+)/.exec(v.trim());
    return m ? Number(m[1]) : undefined;
  };
  const a = major(installed);
  const b = major(target);
  if (a === undefined || b === undefined) return true;
  if (a >= 1900 && b >= 1900) return false;
  return b > a;
}

/** What the commit says about an upgrade. */
export function upgradeText(u: Upgrade): { title: string; rationale: string } {
  const list = u.advisories.join(', ');
  return {
    title: u.installed ? `Upgrade ${u.name} from ${u.installed} to ${u.target}` : `Require ${u.name} ${u.target} or later`,
    rationale: `${u.name} ${u.installed || '(unpinned)'} is affected by ${list}; ${u.target} is the lowest version that fixes ${u.advisories.length === 1 ? 'it' : 'all of them'}.`,
  };
}

/** PEP 503: names compare lower-cased with runs of `-`, `_` and `.` as one `-`. */
export function samePythonName(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[-_.]+/g, '-');
  return norm(a) === norm(b);
}
