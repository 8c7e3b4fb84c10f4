import type { FileLocation, Location } from '../../core/model.js';
import { redactCredentials } from '../../core/redact.js';
import type { SarifLocation, SarifRegion } from './sarif-types.js';
import { artifactLocation } from './uri.js';

/** A region that always satisfies SARIF's consistency rules, dropping end values that would contradict. */
export function region(loc: FileLocation): SarifRegion {
  const out: SarifRegion = { startLine: loc.startLine };
  if (loc.startColumn !== undefined) out.startColumn = loc.startColumn;
  const endLine = loc.endLine !== undefined && loc.endLine >= loc.startLine ? loc.endLine : undefined;
  if (endLine !== undefined) out.endLine = endLine;
  if (loc.endColumn !== undefined) {
    const sameLine = (endLine ?? loc.startLine) === loc.startLine;
    if (!sameLine || loc.endColumn >= (loc.startColumn ?? 1)) out.endColumn = loc.endColumn;
  }
  if (loc.snippet !== undefined) out.snippet = { text: loc.snippet };
  return out;
}

/**
 * Where a finding is, in SARIF terms. Files map to a physical location; a package to a logical location
 * (kind `module`) plus its manifest when known (GitHub needs a physical location with a start line to show
 * an alert, so the manifest is pointed at from line 1); a URL to a logical location of kind `resource`.
 */
export function sarifLocation(location: Location): SarifLocation {
  switch (location.kind) {
    case 'file':
      return { physicalLocation: { artifactLocation: artifactLocation(location.path), region: region(location) } };
    case 'package': {
      const logical = {
        name: `${location.name}@${location.version}`,
        fullyQualifiedName: `${location.ecosystem}/${location.name}@${location.version}`,
        kind: 'module',
      };
      return {
        ...(location.path !== undefined && {
          physicalLocation: { artifactLocation: artifactLocation(location.path), region: { startLine: location.line ?? 1 } },
        }),
        logicalLocations: [logical],
      };
    }
    case 'url': {
      const url = redactCredentials(location.url);
      const method = location.method ? `${location.method.toUpperCase()} ` : '';
      const param = location.param ? ` (param ${location.param})` : '';
      return { logicalLocations: [{ name: url, fullyQualifiedName: `${method}${url}${param}`, kind: 'resource' }] };
    }
  }
}
