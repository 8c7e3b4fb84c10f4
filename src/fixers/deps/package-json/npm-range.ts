import semver from 'semver';

/**
 * Raises an npm range to allow no version below `target`: a pin moves, `^` and `~` keep their
 * operator, a lone lower bound rises. Unions, x-ranges, tags and URLs are left to a person.
 */
export function raiseNpmRange(range: string, target: string): string | { reason: string } {
  const r = range.trim();
  const m = /^([\^~]|>=|=)?\s*v?(\d+\.\d+\.\d+(?:-[\w.]+)?)$/.exec(r);
  if (!m) return { reason: `the range '${range}' is not a pin, a ^ or ~ range or a lower bound; change it by hand` };
  const raised = `${m[1] === '=' ? '' : (m[1] ?? '')}${target}`;
  if (!semver.satisfies(target, raised)) return { reason: `'${raised}' would not allow ${target}` };
  return raised;
}
