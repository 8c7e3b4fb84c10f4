import type { FileScanOutput, Scanner, SourceFile } from '../types.js';
import { deployRules, isDeployFile, scanDeployFile } from './deploy/index.js';
import { isDockerfilePath } from './matches.js';
import { dockerfileRules } from './rules/rule-list.js';
import { scanDockerfile } from './scan.js';

/** Dockerfile checks (hadolint/Trivy-style), plus docker-compose and ECS task definitions through `deploy/`. */
export const dockerfileScanner = {
  meta: {
    id: 'dockerfile',
    version: '1.0.0',
    summary: 'Dockerfile misconfigurations (root user, unpinned images and packages, secrets, curl | sh, ...) and container deployment settings',
  },
  rules: [...dockerfileRules.map((r) => r.meta), ...deployRules],
  matches(path: string): boolean {
    return isDockerfilePath(path) || isDeployFile(path);
  },
  scanFile(file: SourceFile): FileScanOutput {
    if (isDockerfilePath(file.path)) return scanDockerfile(file, dockerfileRules);
    return scanDeployFile(file);
  },
} satisfies Scanner;
