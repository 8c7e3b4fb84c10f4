import type { ScanIssue, ScanResult } from '../../core/model.js';
import { isListedIndividually } from '../shared/issues.js';
import type { SarifInvocation, SarifNotification } from './sarif-types.js';
import { artifactLocation } from './uri.js';

function notification(issue: ScanIssue): SarifNotification {
  return {
    // A file that would not parse was partly unscanned: a warning. A skipped binary or large file: a note.
    level: isListedIndividually(issue) ? 'warning' : 'note',
    message: { text: issue.message },
    descriptor: { id: issue.code },
    ...(issue.path !== undefined && { locations: [{ physicalLocation: { artifactLocation: artifactLocation(issue.path) } }] }),
    ...(issue.scanner !== undefined && { properties: { scanner: issue.scanner } }),
  };
}

function times(result: ScanResult): Pick<SarifInvocation, 'startTimeUtc' | 'endTimeUtc'> {
  const start = Date.parse(result.startedAt);
  if (Number.isNaN(start)) return {};
  return {
    startTimeUtc: new Date(start).toISOString(),
    endTimeUtc: new Date(start + Math.max(0, Math.round(result.durationMs))).toISOString(),
  };
}

/** The run's one invocation: it succeeded (issues are non-fatal) and carries the issues as notifications. */
export function invocation(result: ScanResult): SarifInvocation {
  return {
    executionSuccessful: true,
    ...times(result),
    ...(result.issues.length > 0 && { toolExecutionNotifications: result.issues.map(notification) }),
  };
}
