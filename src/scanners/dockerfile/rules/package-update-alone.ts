import { packageCalls, type Manager } from '../shell/package-managers.js';
import type { Instruction } from '../parser/types.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

const FAMILIES: Manager[][] = [['apt-get', 'apt'], ['apk']];
const INSTALLS = new Set(['install', 'add', 'upgrade', 'dist-upgrade', 'full-upgrade', 'reinstall', 'build-dep', 'source']);

/** An index update with no install after it in the same RUN: later RUNs reuse a stale cached index. */
function updateAlone(instr: Instruction, family: Manager[]): boolean {
  const calls = packageCalls(instr, ...family);
  const lastUpdate = calls.map((c) => c.sub).lastIndexOf('update');
  return lastUpdate !== -1 && !calls.slice(lastUpdate + 1).some((c) => INSTALLS.has(c.sub));
}

export const packageUpdateAlone: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.package-update-alone',
    title: 'Package index update in its own RUN',
    description: "An 'update' without an install in the same RUN is cached as its own layer, so later installs use a stale package index.",
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-1104'],
    help: 'Run the update and the install in one RUN: `apt-get update && apt-get install -y …`.',
    tags: ['trivy:DS017'],
  }),
  check(file) {
    return staged(file, 'RUN')
      .filter((i) => FAMILIES.some((family) => updateAlone(i, family)))
      .map((instruction) => ({ instruction }));
  },
};
