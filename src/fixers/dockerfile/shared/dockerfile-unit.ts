import { isDockerfilePath } from '../../../scanners/dockerfile/matches.js';
import { parseDockerfile } from '../../../scanners/dockerfile/parser/parse.js';
import type { Dockerfile, Instruction } from '../../../scanners/dockerfile/parser/types.js';
import type { Finding } from '../../../core/model.js';
import type { FixContext, FixUnit } from '../../types.js';

/** The Dockerfile a unit's finding is in, parsed, with the instruction the finding points at. */
export interface DockerfileTarget {
  path: string;
  text: string;
  file: Dockerfile;
  instruction: Instruction | undefined;
}

export function inDockerfile(f: Finding, ...ruleIds: string[]): boolean {
  return f.location.kind === 'file' && isDockerfilePath(f.location.path) && (ruleIds.length === 0 || ruleIds.includes(f.ruleId));
}

/** Reads and parses the unit's Dockerfile; a string says why it cannot be. */
export async function loadDockerfile(unit: FixUnit, ctx: FixContext): Promise<DockerfileTarget | string> {
  const loc = unit.findings[0]!.location;
  if (loc.kind !== 'file') return 'the finding names no file';
  const text = await ctx.readFile(loc.path);
  if (text === undefined) return `${loc.path} cannot be read`;
  const file = parseDockerfile(text);
  const instruction = file.instructions.find((i) => i.startLine <= loc.startLine && loc.startLine <= i.endLine);
  return { path: loc.path, text, file, instruction };
}

/** The text with lines start..end (1-based, inclusive) replaced. */
export function replaceLines(text: string, start: number, end: number, replacement: readonly string[]): string {
  const lines = text.split('\n');
  lines.splice(start - 1, end - start + 1, ...replacement);
  return lines.join('\n');
}

/** The physical lines of an instruction. */
export function instructionLines(text: string, instr: Instruction): string[] {
  return text.split('\n').slice(instr.startLine - 1, instr.endLine);
}
