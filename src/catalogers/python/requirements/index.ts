import path from 'node:path';
import type { Cataloger } from '../../types.js';
import { extractRequirements } from './extract.js';

/** requirements.txt, requirements-*.txt, *requirements.txt, requirements/*.txt, constraints.txt. */
export function isRequirementsFile(filePath: string): boolean {
  const base = path.posix.basename(filePath).toLowerCase();
  if (!base.endsWith('.txt')) return false;
  const parent = path.posix.basename(path.posix.dirname(filePath)).toLowerCase();
  return base.startsWith('requirements') || base.endsWith('requirements.txt') || base === 'constraints.txt' || parent === 'requirements';
}

export const requirementsCataloger = {
  meta: {
    id: 'python/requirements',
    version: '1.0.0',
    summary: 'pip requirements and constraints files, following -r/-c includes',
  },
  ecosystem: 'PyPI',
  matches: isRequirementsFile,
  extract: extractRequirements,
} satisfies Cataloger;
