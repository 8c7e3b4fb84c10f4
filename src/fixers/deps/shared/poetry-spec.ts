import { raisePep440 } from './pep440-spec.js';

/**
 * Raises a Poetry or Pipenv constraint to allow no version below `target`: `^x` and `~x` keep their
 * operator, a bare version (Poetry's exact pin) moves, `*` gets a floor, the rest is PEP 440.
 */
export function raisePoetry(spec: string, target: string, compare: (a: string, b: string) => number): string | { reason: string } {
  const s = spec.trim();
  if (s === '*' || s === '') return `>=${target}`;
  if (/^[\^~](?!=)/.test(s)) return `${s[0]}${target}`;
  if (/^\d[^,<>=!~^*\s]*$/.test(s)) return target;
  return raisePep440(s, target, compare);
}
