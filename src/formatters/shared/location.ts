import type { Finding, Location } from '../../core/model.js';
import { severityRank } from '../../core/model.js';
import { redactCredentials } from '../../core/redact.js';

/**
 * Human-readable location of a finding: `path:line`, `name@version (ecosystem, manifest)`, or
 * `METHOD url [param]`. Shared by the human formats (table, markdown); not yet escaped for either.
 */
export function locationLabel(location: Location): string {
  switch (location.kind) {
    case 'file':
      return `${location.path}:${location.startLine}`;
    case 'package': {
      const manifest = location.path && location.line ? `${location.path}:${location.line}` : location.path;
      const where = [location.ecosystem, manifest].filter(Boolean).join(', ');
      return `${location.name}@${location.version} (${where})`;
    }
    case 'url': {
      const method = location.method ? `${location.method.toUpperCase()} ` : '';
      const param = location.param ? ` [param ${location.param}]` : '';
      return `${method}${redactCredentials(location.url)}${param}`;
    }
  }
}

function locationKey(location: Location): string {
  switch (location.kind) {
    case 'file':
      return location.path;
    case 'package':
      return `${location.path ?? ''}\0${location.name}\0${location.version}`;
    case 'url':
      return location.url;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most severe first, then by place (kind, path, line), then rule, so output order never depends on input order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.location.kind, b.location.kind) ||
    compareText(locationKey(a.location), locationKey(b.location)) ||
    (a.location.kind === 'file' && b.location.kind === 'file' ? a.location.startLine - b.location.startLine : 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}
