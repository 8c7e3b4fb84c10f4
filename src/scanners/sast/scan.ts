import type { FileScanOutput, SourceFile } from '../types.js';
import { parseSource } from './engine/parser.js';
import { PythonFile } from './engine/python/context.js';
import type { PythonRule } from './rules/rule.js';
import { runRules } from './run-rules.js';

/** Parses a Python file and runs every rule on it; parse problems and rule failures become issues, never throws. */
export function scanPython(file: SourceFile, rules: readonly PythonRule[]): FileScanOutput {
  return runRules(file, parseSource(file.text, 'python'), (tree) => new PythonFile(file.path, file.text, tree), rules);
}
