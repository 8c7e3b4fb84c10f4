import type { Instruction } from '../../parser/types.js';

/** The `--from` of a COPY, lower-cased like stage names; undefined when absent or not known at parse time. */
export function copyFrom(instr: Instruction): string | undefined {
  if (instr.keyword !== 'COPY') return undefined;
  const flag = instr.flags.find((f) => f.name === 'from');
  if (flag?.value === undefined || flag.value === '' || flag.raw.includes('$')) return undefined;
  return flag.value.toLowerCase();
}
