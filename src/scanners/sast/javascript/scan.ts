import type { FileScanOutput, SourceFile } from '../../types.js';
import { runRules } from '../run-rules.js';
import { ScriptFile } from './context.js';
import { parseScript, scriptLanguage } from './parser.js';
import type { ScriptRule } from './rules/rule.js';

/** Parses a JavaScript/TypeScript file and runs every rule on it; problems become issues, never throws. */
export function scanScript(file: SourceFile, rules: readonly ScriptRule[]): FileScanOutput {
  const language = scriptLanguage(file.path) ?? 'javascript';
  return runRules(file, parseScript(file.text, language), (tree) => new ScriptFile(file.path, file.text, tree), rules);
}
