import type { Finding } from '../../../core/model.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { envName, literalSecretsAt, toEnvLookups } from '../shared/env-lookup.js';
import { applySpans, inPython, loadPython } from '../shared/python-unit.js';

export const hardcodedSecretFixer = {
  meta: { id: 'hardcoded-secret', version: '1.0.0', summary: 'Replaces a secret written in Python source with a lookup of an environment variable of the same name' },
  strategy: 'deterministic',
  handles: (f: Finding): boolean => inPython(f) && (f.category === 'secret' || f.ruleId === 'sast.python.hardcoded-password'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const secrets = literalSecretsAt(file, row);
    if (secrets.length !== 1) return skip(secrets.length === 0 ? 'the secret is not a string assigned to a name at the reported line' : 'several literals on the line; move the secret by hand');
    const name = envName(secrets[0]!.name);
    return change(this, unit, {
      title: `Read ${name} from the environment in ${path}`,
      rationale: `A secret written in the source is readable by everyone with access to the repository, its history and every build. ${name} now comes from the environment.`,
      notes: [`Rotate ${name}: the committed value stays valid in the repository history until it is revoked. Set ${name} where the application runs.`],
      edits: [{ path, before: text, after: applySpans(text, toEnvLookups(file, secrets)) }],
    });
  },
} satisfies Fixer;
