import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../../core/model.js';
import type { FixContext, Fixer } from '../../types.js';
import { llmSettings, type LlmConfig } from '../config.js';
import { createLlmFixer } from '../index.js';
import { createProvider } from '../providers/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export function testdata(name: string): string {
  return readFileSync(path.join(here, name), 'utf8');
}

/** The os.system finding of command-injection.before.py, as the SAST scanner reports it. */
export function commandInjectionFinding(file = 'app.py'): Finding {
  return {
    fingerprint: 'f'.repeat(64),
    ruleId: 'sast.python.os-command-injection',
    scanner: 'sast',
    category: 'code',
    severity: 'high',
    confidence: 'high',
    title: 'OS command built from user input',
    message: 'request data reaches os.system through an f-string',
    cwe: ['CWE-78'],
    aliases: [],
    location: { kind: 'file', path: file, startLine: 16 },
    references: [],
    trace: [
      { path: file, line: 14, note: 'request.args.get(...) (source)' },
      { path: file, line: 16, note: 'os.system(...) (sink)' },
    ],
  };
}

export const GOOD_ANSWER = JSON.stringify({
  edits: [
    { path: 'app.py', startLine: 2, endLine: 1, replacement: 'import subprocess' },
    { path: 'app.py', startLine: 16, endLine: 16, replacement: "    subprocess.run(['ping', '-c', '1', host], check=False)" },
  ],
  explanation: 'Pass the host as one argument of an argument list instead of interpolating it into a shell command.',
});

export async function fixerFor(config: LlmConfig): Promise<Fixer> {
  const settings = llmSettings(config);
  return createLlmFixer(settings, await createProvider(settings));
}

export function contextWith(files: Record<string, string>): FixContext {
  return { root: '/repo', config: {}, allowMajor: false, readFile: async (p) => files[p] };
}

export const unit = (finding: Finding) => ({ id: 'unit-1', findings: [finding] });
