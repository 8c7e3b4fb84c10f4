import type { Instruction } from '../../parser/types.js';

const URL = /^(?:https?|ftp):\/\//i;
const GIT = /^git@|\.git(?:#.*)?$/i;
const ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tar\.lzma|tlz)$/i;

/** Sources of a COPY or ADD: every argument but the last; heredoc markers count as sources. */
export function sources(instr: Instruction): string[] {
  return instr.args.slice(0, -1);
}

export function isRemote(source: string): boolean {
  return URL.test(source) || GIT.test(source);
}

export function isArchive(source: string): boolean {
  return ARCHIVE.test(source);
}
