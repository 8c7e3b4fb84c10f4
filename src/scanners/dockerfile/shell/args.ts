/** Option handling for the arguments of one command: enough to tell options, their values and operands apart. */

export interface OptionSpec {
  /** Long names without dashes, e.g. `yes`, `assume-yes`. */
  long?: readonly string[];
  /** Single-letter short options, found also inside clusters such as `-qqy`. */
  short?: readonly string[];
}

/** Is one of these options present (`--name`, `--name=value`, `-y`, `-qy`)? */
export function hasOption(args: readonly string[], spec: OptionSpec): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a.startsWith('--')) {
      const name = a.slice(2).split('=')[0]!;
      if (spec.long?.includes(name)) return true;
    } else if (/^-[A-Za-z]+$/.test(a) && spec.short?.some((s) => a.includes(s))) {
      return true;
    }
  }
  return false;
}

/** The value given to an option, as `--name value`, `--name=value` or `-x value`; every occurrence. */
export function optionValues(args: readonly string[], names: readonly string[]): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    if (eq > 0 && a.startsWith('--') && names.includes(a.slice(0, eq))) values.push(a.slice(eq + 1));
    else if (names.includes(a) && i + 1 < args.length) values.push(args[++i]!);
  }
  return values;
}

/** Operands: the arguments that are not options nor values of the options listed in `valued`. */
export function operands(args: readonly string[], valued: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  let optionsDone = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (optionsDone || !a.startsWith('-') || a === '-') {
      out.push(a);
    } else if (a === '--') {
      optionsDone = true;
    } else if (valued.has(a)) {
      i++;
    }
  }
  return out;
}
