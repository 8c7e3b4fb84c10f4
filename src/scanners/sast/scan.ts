import type Parser from 'tree-sitter';
import type { FileScanOutput, SourceFile } from '../types.js';
import { parseSource } from './engine/parser.js';
import { PythonFile } from './engine/python/context.js';
import type { PythonRule } from './rules/rule.js';
import { runRules } from './run-rules.js';
import { attachProject, type ProjectSummaries } from './taint/project.js';

/** Parses a Python file and runs every rule on it; parse problems and rule failures become issues, never throws. */
export function scanPython(file: SourceFile, rules: readonly PythonRule[], project?: ProjectSummaries): FileScanOutput {
  const open = (tree: Parser.Tree) => {
    const python = new PythonFile(file.path, file.text, tree);
    attachProject(python, project);
    return python;
  };
  return runRules(file, parseSource(file.text, 'python'), open, rules);
}
