import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { ensureImport } from '../shared/imports.js';
import { applySpans, inPython, loadPython, replaceNode, startingAt } from '../shared/python-unit.js';

/** Direct equivalents in the secrets module; any other random function is a method of secrets.SystemRandom(). */
const DIRECT: Record<string, string> = { choice: 'secrets.choice', getrandbits: 'secrets.randbits', randbytes: 'secrets.token_bytes' };
const RANDOM = ['random', 'randint', 'randrange', 'choice', 'choices', 'sample', 'getrandbits', 'uniform', 'randbytes', 'shuffle'];

export const secureRandomFixer = {
  meta: { id: 'secure-random', version: '1.0.0', summary: 'Makes tokens and other secrets with the secrets module instead of the predictable random module' },
  strategy: 'deterministic',
  handles: (f) => inPython(f, 'sast.python.insecure-random'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const calls = startingAt(file.calls(RANDOM.map((f) => `random.${f}`)), row);
    if (calls.length === 0) return skip('no call of the random module at the reported line');
    const spans = calls.map((call) => {
      const fn = file.callName(call)!.slice('random.'.length);
      return replaceNode(call.childForFieldName('function')!, DIRECT[fn] ?? `secrets.SystemRandom().${fn}`);
    });
    const imp = ensureImport(file, 'import secrets', 'secrets');
    return change(this, unit, {
      title: `Use the secrets module for secret values in ${path}`,
      rationale: "random's Mersenne Twister can be predicted from a few outputs, so values made with it can be guessed; the secrets module draws from the operating system's CSPRNG.",
      edits: [{ path, before: text, after: applySpans(text, imp ? [...spans, imp] : spans) }],
    });
  },
} satisfies Fixer;
