import { ParseError } from '../../../core/errors.js';
import type { ArchiveMember, TarArchive } from './types.js';

export interface MemberMap<M extends ArchiveMember> {
  /** The archive's `path`, `member` and `names`, ready to spread into a TarArchive. */
  lookup: Pick<TarArchive, 'path' | 'member' | 'names'>;
  /** The member, or a ParseError saying the archive lacks it. */
  get(name: string): M;
  /** The member, refused when it is larger than maxBytes. */
  bounded(name: string, maxBytes: number, what: string): M;
}

export function memberMap<M extends ArchiveMember>(path: string, members: Map<string, M>): MemberMap<M> {
  const get = (name: string): M => {
    const m = members.get(name);
    if (!m) throw new ParseError(`${path} has no member "${name}"; the archive is incomplete.`);
    return m;
  };
  return {
    get,
    lookup: { path, member: (name) => members.get(name), names: () => [...members.keys()] },
    bounded(name, maxBytes, what) {
      const m = get(name);
      if (m.size > maxBytes) throw new ParseError(`${what} in ${path} is ${m.size} bytes, more than the ${maxBytes} allowed; refusing it.`);
      return m;
    },
  };
}
