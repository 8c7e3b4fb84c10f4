import type { RuleMeta } from '../../../core/model.js';
import type { FileScanOutput, SourceFile } from '../../types.js';
import { COMPOSE_RULES } from './compose-rules.js';
import { scanCompose } from './compose.js';
import { ECS_RULES } from './ecs-rules.js';
import { scanEcs } from './ecs.js';
import { isComposePath, isEcsCandidatePath } from './match.js';

/**
 * Deployment-configuration checks: docker-compose services and AWS ECS task definitions.
 * The Dockerfile scanner offers these files to us through `isDeployFile` and merges our rules into its own.
 */

export const deployRules: readonly RuleMeta[] = Object.freeze(
  [...Object.values(COMPOSE_RULES), ...Object.values(ECS_RULES)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);

/** Does this relative posix path look like a compose file or an ECS task definition? */
export function isDeployFile(path: string): boolean {
  return isComposePath(path) || isEcsCandidatePath(path);
}

/** Never throws: unparsable input becomes an issue, and whatever could be checked is kept. */
export function scanDeployFile(file: SourceFile): FileScanOutput {
  try {
    if (isComposePath(file.path)) return scanCompose(file);
    if (isEcsCandidatePath(file.path)) return scanEcs(file);
    return { findings: [] };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { findings: [], issues: [{ code: 'scan-error', message: `deployment checks failed: ${reason}`, path: file.path }] };
  }
}
