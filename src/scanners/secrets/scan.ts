import type { FileScanOutput } from '../types.js';
import { defaultEngine } from './engine.js';
import type { SecretEngine } from './engine.js';
import { toDraftFinding } from './finding.js';
import { findSecrets } from './matcher.js';

/** More than this in one file is a dump or a fixture; report the first ones and say so. */
export const MAX_FINDINGS_PER_FILE = 500;

export function scanSecrets(text: string, path: string, engine: SecretEngine = defaultEngine()): FileScanOutput {
  const { hits, lineStarts } = findSecrets(text, path, engine);
  const file = { path, text, lineStarts, hits };
  const findings = hits.slice(0, MAX_FINDINGS_PER_FILE).map((hit) => toDraftFinding(hit, file));
  if (hits.length <= MAX_FINDINGS_PER_FILE) return { findings };
  return {
    findings,
    issues: [
      {
        code: 'too-many-findings',
        message: `${hits.length} secrets found; only the first ${MAX_FINDINGS_PER_FILE} are reported`,
        path,
      },
    ],
  };
}
