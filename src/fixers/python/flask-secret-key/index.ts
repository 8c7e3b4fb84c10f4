import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { literalSecretsAt, toEnvLookups } from '../shared/env-lookup.js';
import { ensureImport } from '../shared/imports.js';
import { applySpans, inPython, loadPython } from '../shared/python-unit.js';

export const flaskSecretKeyFixer = {
  meta: { id: 'flask-secret-key', version: '1.0.0', summary: "Reads the framework's secret key from the environment instead of the source, with a random key when unset" },
  strategy: 'deterministic',
  handles: (f) => inPython(f, 'sast.python.hardcoded-secret-key'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const secrets = literalSecretsAt(file, row).map((s) => (s.name === 'secret_key' ? { ...s, name: 'SECRET_KEY' } : s));
    if (secrets.length === 0) return skip('no literal secret key at the reported line');
    // A random key when the variable is unset: the app still starts, but sessions end on restart, which a deployment notices.
    const spans = toEnvLookups(file, secrets, (name) => `os.environ.get(${JSON.stringify(name)}) or secrets.token_hex(32)`);
    const imp = ensureImport(file, 'import secrets', 'secrets');
    const names = secrets.map((s) => s.name).join(', ');
    return change(this, unit, {
      title: `Read ${names} from the environment in ${path}`,
      rationale: `Anyone who can read the source can sign sessions and tokens with a key written in it (for example a session with role=admin). ${names} now comes from the environment.`,
      notes: [
        `Rotate ${names}: the old value is in the repository history. Set ${names} in the deployment's environment; without it each process makes a random key and sessions end on restart.`,
      ],
      edits: [{ path, before: text, after: applySpans(text, imp ? [...spans, imp] : spans) }],
    });
  },
} satisfies Fixer;
