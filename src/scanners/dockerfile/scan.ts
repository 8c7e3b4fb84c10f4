import { errorMessage } from '../../core/errors.js';
import { redactCredentials, redactSecret, redactValues } from '../../core/redact.js';
import { draftFinding } from '../draft-finding.js';
import type { DraftFinding, FileScanOutput, SourceFile } from '../types.js';
import { parseDockerfile } from './parser/parse.js';
import type { Dockerfile, Instruction } from './parser/types.js';
import type { DockerfileRule } from './rules/rule.js';
import { secretPairs } from './rules/support/secret-names.js';

/** Parses a Dockerfile and runs every rule on it; parse problems and rule failures become issues, never throws. */
export function scanDockerfile(file: SourceFile, rules: readonly DockerfileRule[]): FileScanOutput {
  let parsed: Dockerfile;
  try {
    parsed = parseDockerfile(file.text);
  } catch (err) {
    return { findings: [], issues: [{ code: 'parse-error', message: `could not parse: ${errorMessage(err)}`, path: file.path }] };
  }
  const issues: NonNullable<FileScanOutput['issues']> = parsed.issues.map((i) => ({
    code: 'parse-error',
    message: `line ${i.line}: ${i.message}`,
    path: file.path,
  }));
  const findings: DraftFinding[] = [];
  for (const rule of rules) {
    const seen = new Set<Instruction>();
    try {
      for (const match of rule.check(parsed)) {
        if (seen.has(match.instruction)) continue;
        seen.add(match.instruction);
        const instr = match.instruction;
        const snippet = instructionSnippet(instr);
        findings.push(
          draftFinding(rule.meta, {
            path: file.path,
            startLine: instr.startLine,
            endLine: instr.endLine,
            snippet,
            ...(match.message !== undefined && { message: match.message }),
            ...(match.evidence !== undefined && { evidence: match.evidence }),
            fingerprintContent: `${stageLabel(instr)}|${snippet}`,
          }),
        );
      }
    } catch (err) {
      issues.push({ code: 'rule-error', message: `rule ${rule.meta.id} failed: ${errorMessage(err)}`, path: file.path });
    }
  }
  return { findings, issues };
}

/** The instruction on one line, with secret ENV/ARG values and credentials masked. */
export function instructionSnippet(instr: Instruction): string {
  let text = instr.text;
  for (const pair of secretPairs(instr)) {
    const masked = redactSecret(pair.value!);
    text = text.split(`${pair.key}=${pair.rawValue}`).join(`${pair.key}=${masked}`);
    text = text.split(`${pair.key} ${pair.rawValue}`).join(`${pair.key} ${masked}`);
    if (text.includes(pair.rawValue!)) text = redactValues(text, [pair.rawValue!, pair.value!]);
  }
  return redactCredentials(text.replace(/\s+/g, ' ').trim());
}

function stageLabel(instr: Instruction): string {
  if (instr.stage < 0) return 'global';
  return instr.stageName ?? `stage-${instr.stage}`;
}
