import { createHash } from 'node:crypto';
import type { Finding } from '../core/model.js';
import { severityRank } from '../core/model.js';
import type { FixUnit } from './types.js';

/**
 * Groups findings into fix units: every advisory of one package in one manifest is one upgrade; any
 * other finding (already one per problem after dedupe) is one edit. Units come most severe first, then
 * by file and line, so the same findings always give the same order.
 */
export function fixUnits(findings: readonly Finding[]): FixUnit[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = unitKey(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const units = [...groups.values()].map((group) => {
    const sorted = [...group].sort(bySeverityThenPrint);
    return { id: unitId(sorted), findings: sorted };
  });
  return units.sort(byImportance);
}

/** A hash of the unit's fingerprints, independent of their order. */
export function unitId(findings: readonly Finding[]): string {
  const prints = findings.map((f) => f.fingerprint).sort();
  return createHash('sha256').update(prints.join('\n')).digest('hex').slice(0, 12);
}

function unitKey(f: Finding): string {
  if (f.location.kind !== 'package') return `finding\0${f.fingerprint}`;
  const { ecosystem, name, path } = f.location;
  return `package\0${ecosystem}\0${name}\0${path ?? ''}`;
}

function bySeverityThenPrint(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || a.fingerprint.localeCompare(b.fingerprint);
}

function byImportance(a: FixUnit, b: FixUnit): number {
  return (
    severityRank(b.findings[0]!.severity) - severityRank(a.findings[0]!.severity) ||
    locationPath(a).localeCompare(locationPath(b)) ||
    locationLine(a) - locationLine(b) ||
    a.id.localeCompare(b.id)
  );
}

function locationPath(unit: FixUnit): string {
  const loc = unit.findings[0]!.location;
  return loc.kind === 'url' ? loc.url : (loc.path ?? '');
}

function locationLine(unit: FixUnit): number {
  const loc = unit.findings[0]!.location;
  return loc.kind === 'file' ? loc.startLine : loc.kind === 'package' ? (loc.line ?? 0) : 0;
}
