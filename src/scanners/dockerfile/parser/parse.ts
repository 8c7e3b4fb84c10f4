import { readDirectives } from './directives.js';
import { parseInstruction } from './instruction.js';
import { readLogicalLines } from './logical-lines.js';
import { buildStages } from './stages.js';
import type { Dockerfile, Instruction, ParseIssue } from './types.js';

/**
 * Parses a Dockerfile without ever throwing: what does not parse becomes an issue with its line, and
 * everything else is still returned so it can be checked.
 */
export function parseDockerfile(text: string): Dockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const issues: ParseIssue[] = [];
  const { directives, bodyStart } = readDirectives(lines, issues);
  const logical = readLogicalLines(lines, bodyStart, directives.escape, issues);
  const src = { lines, escape: directives.escape, issues };
  const instructions: Instruction[] = [];
  for (const line of logical) {
    const instr = parseInstruction(line, src);
    if (instr) instructions.push(instr);
  }
  const { stages, globalArgs } = buildStages(instructions, directives.escape, issues);
  if (stages.length === 0 && instructions.length > 0) issues.push({ line: 1, message: 'no FROM instruction: the file defines no build stage' });
  issues.sort((a, b) => a.line - b.line);
  return { directives, instructions, globalArgs, stages, issues };
}
