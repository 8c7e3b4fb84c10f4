import type { ReportInput } from '../types.js';

const HEAD_BYTES = 64 * 1024;

const MARKERS: readonly RegExp[][] = [
  // sonar-report export
  [/"(sonarComponent|sonarBaseURL|hotspotKeys)"\s*:/],
  // api/hotspots/search
  [/"vulnerabilityProbability"\s*:/, /"securityCategory"\s*:/],
  // fetchSonarQube's result saved as JSON
  [/"issuePages"\s*:/, /"hotspotPages"\s*:/],
  // api/qualitygates/project_status
  [/"projectStatus"\s*:\s*\{/, /"conditions"\s*:/],
  // api/issues/search: rule keys are `<repository>:<key>`, issues sit on components of a project
  [/"rule"\s*:\s*"[\w.-]+:[^"]+"/, /"component"\s*:/, /"project"\s*:/, /"(severity|impacts|textRange)"\s*:/],
];

/** Cheap check on the first 64 KiB: JSON that carries SonarQube's field names. */
export function identifySonarQube(input: ReportInput): boolean {
  const head = input.bytes.subarray(0, HEAD_BYTES).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) return false;
  return MARKERS.some((all) => all.every((re) => re.test(head)));
}
