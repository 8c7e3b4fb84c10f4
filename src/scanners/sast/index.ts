import type { FileScanOutput, Scanner, SourceFile } from '../types.js';
import { isScriptSource, scriptLanguage } from './javascript/parser.js';
import { javascriptRules } from './javascript/rules/rule-list.js';
import { scanScript } from './javascript/scan.js';
import { pythonRules } from './rules/rule-list.js';
import { scanPython } from './scan.js';
import { isTemplate, scanTemplate, templateRules } from './templates/index.js';

/** Static analysis of source code on tree-sitter syntax trees: Python (with taint) and JavaScript/TypeScript; plus Jinja templates. */
export const sastScanner = {
  meta: {
    id: 'sast',
    version: '1.0.0',
    summary: 'Static analysis of Python, JavaScript and TypeScript source: injection sinks, weak crypto, hard-coded secrets, insecure framework settings',
  },
  rules: [...[...pythonRules, ...javascriptRules].map((r) => r.meta), ...templateRules],
  matches(path: string): boolean {
    return path.endsWith('.py') || isScriptSource(path) || isTemplate(path);
  },
  scanFile(file: SourceFile): FileScanOutput {
    if (isTemplate(file.path)) return scanTemplate(file);
    return scriptLanguage(file.path) ? scanScript(file, javascriptRules) : scanPython(file, pythonRules);
  },
} satisfies Scanner;
