/** `${name}` references in POM values, resolved against properties with bounded work. */

const REF = /\$\{([^${}]+)\}/g;
/** A resolved value longer than this is treated as unresolvable (defeats property "billion laughs"). */
const MAX_VALUE = 1000;
const MAX_DEPTH = 16;

export interface Interpolator {
  /** The value with every resolvable reference replaced; unresolvable ones are left as written. */
  (value: string): string;
}

export function interpolator(properties: ReadonlyMap<string, string>): Interpolator {
  const memo = new Map<string, string | undefined>();
  const resolving = new Set<string>();

  const lookup = (name: string, depth: number): string | undefined => {
    if (memo.has(name)) return memo.get(name);
    const raw = properties.get(name);
    if (raw === undefined || resolving.has(name) || depth > MAX_DEPTH) return undefined;
    resolving.add(name);
    const value = expand(raw, depth + 1);
    resolving.delete(name);
    const result = value.length > MAX_VALUE || value.includes('${') ? undefined : value;
    memo.set(name, result);
    return result;
  };

  const expand = (value: string, depth: number): string => {
    if (!value.includes('${')) return value;
    const out = value.replace(REF, (all, name: string) => lookup(name.trim(), depth) ?? all);
    return out.length > MAX_VALUE ? value : out;
  };

  return (value) => expand(value, 0);
}

export function isResolved(value: string): boolean {
  return !value.includes('${');
}
