import type { Finding } from '../../../core/model.js';
import type { Instruction, KeyValue } from '../../../scanners/dockerfile/parser/types.js';
import { secretPairs } from '../../../scanners/dockerfile/rules/support/secret-names.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { inDockerfile, loadDockerfile, replaceLines } from '../shared/dockerfile-unit.js';

export const envSecretsFixer = {
  meta: { id: 'env-secrets', version: '1.0.0', summary: 'Takes literal secrets out of ENV and ARG; the value is passed at build or run time instead' },
  strategy: 'deterministic',
  handles: (f: Finding): boolean => inDockerfile(f) && (f.ruleId === 'dockerfile.secret-in-env-arg' || f.category === 'secret'),
  async plan(unit, ctx) {
    const target = await loadDockerfile(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { instruction, text, path } = target;
    if (instruction?.keyword !== 'ENV' && instruction?.keyword !== 'ARG') return skip('the secret is not in an ENV or ARG instruction; remove it by hand');
    const secrets = secretPairs(instruction).length > 0 ? secretPairs(instruction) : instruction.pairs.length === 1 ? instruction.pairs : [];
    if (secrets.length === 0) return skip('cannot tell which variable of the instruction holds the secret');
    const names = secrets.map((p) => p.key);
    const after = replaceLines(text, instruction.startLine, instruction.endLine, rewrite(instruction, secrets));
    return change(this, unit, {
      title: `Remove the literal ${names.join(', ')} from ${path}`,
      rationale: `${instruction.keyword} values are stored in the Dockerfile and in the image (its config or build history), where anyone who can pull the image reads them.`,
      notes: [
        `Rotate ${names.join(', ')}: the old value is in the repository history and in every image built from it.`,
        instruction.keyword === 'ARG'
          ? `Pass the value at build time with a build secret (RUN --mount=type=secret,id=…) rather than a build argument.`
          : `Pass ${names.join(', ')} at run time (docker run -e, a Compose or Kubernetes secret, or the ECS task's secrets).`,
      ],
      edits: [{ path, before: text, after }],
    });
  },
} satisfies Fixer;

/** ENV keeps its other variables (the secret ones go); ARG keeps the declaration without a default. */
function rewrite(instr: Instruction, secrets: readonly KeyValue[]): string[] {
  const secret = new Set(secrets.map((p) => p.key));
  if (instr.keyword === 'ARG') return instr.pairs.map((p) => (secret.has(p.key) || p.rawValue === undefined ? `ARG ${p.key}` : `ARG ${p.key}=${p.rawValue}`));
  const kept = instr.pairs.filter((p) => !secret.has(p.key));
  return kept.length === 0 ? [] : [`ENV ${kept.map((p) => `${p.key}=${p.rawValue ?? ''}`).join(' ')}`];
}
