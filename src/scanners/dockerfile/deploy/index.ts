import type { RuleMeta } from '../../../core/model.js';
import type { FileScanOutput, SourceFile } from '../../types.js';
import { isComposePath, isEcsCandidatePath } from './match.js';

/**
 * Deployment-configuration checks: docker-compose services and AWS ECS task definitions.
 * The Dockerfile scanner offers these files to us through `isDeployFile` and merges our rules into its own.
 */

export const deployRules: readonly RuleMeta[] = [];

/** Does this relative posix path look like a compose file or an ECS task definition? */
export function isDeployFile(path: string): boolean {
  return isComposePath(path) || isEcsCandidatePath(path);
}

/** Never throws: unparsable input becomes an issue, and whatever could be checked is kept. */
export function scanDeployFile(file: SourceFile): FileScanOutput {
  void file;
  return { findings: [] };
}
