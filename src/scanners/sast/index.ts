import type { FileScanOutput, Scanner, SourceFile } from '../types.js';
import { pythonRules } from './rules/rule-list.js';
import { scanPython } from './scan.js';

/** Static analysis of source code on tree-sitter syntax trees: Python now, JavaScript next, taint after. */
export const sastScanner = {
  meta: {
    id: 'sast',
    version: '1.0.0',
    summary: 'Static analysis of Python source: injection sinks, weak crypto, hard-coded secrets, insecure framework settings',
  },
  rules: pythonRules.map((r) => r.meta),
  matches(path: string): boolean {
    return path.endsWith('.py');
  },
  scanFile(file: SourceFile): FileScanOutput {
    return scanPython(file, pythonRules);
  },
} satisfies Scanner;
