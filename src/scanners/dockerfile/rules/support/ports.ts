import type { Instruction } from '../../parser/types.js';

export interface ExposedPort {
  raw: string;
  /** Undefined when the port spec is not valid. */
  range?: { from: number; to: number; protocol: string };
}

const SPEC = /^(\d{1,10})(?:-(\d{1,10}))?(?:\/(tcp|udp|sctp))?$/i;

/** Ports of an EXPOSE (`80`, `80/tcp`, `8000-8010/udp`); none when a variable is only known at build time. */
export function exposedPorts(instr: Instruction): ExposedPort[] {
  if (instr.keyword !== 'EXPOSE' || instr.unresolved.length > 0) return [];
  return instr.args.map((raw) => {
    const m = SPEC.exec(raw);
    if (!m) return { raw };
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from > 65535 || to > 65535 || from > to) return { raw };
    return { raw, range: { from, to, protocol: (m[3] ?? 'tcp').toLowerCase() } };
  });
}
