import type { FileScanOutput, ScanContext, Scanner, SourceFile } from '../types.js';
import { treeDone } from './engine/tree-memory.js';
import { isScriptSource, scriptLanguage } from './javascript/parser.js';
import { javascriptRules } from './javascript/rules/rule-list.js';
import { scanScript } from './javascript/scan.js';
import { pythonRules } from './rules/rule-list.js';
import { scanPython } from './scan.js';
import { prepareProject, type ProjectSummaries } from './taint/project.js';
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
  prepareMatches(path: string): boolean {
    return path.endsWith('.py');
  },
  /** Summaries of the functions an app's request-handling modules import from its other modules (taint/project.ts). */
  prepare(files: readonly SourceFile[]): ProjectSummaries {
    return prepareProject(files);
  },
  scanFile(file: SourceFile, ctx?: ScanContext): FileScanOutput {
    if (isTemplate(file.path)) return scanTemplate(file);
    const out = scriptLanguage(file.path) ? scanScript(file, javascriptRules) : scanPython(file, pythonRules, ctx?.prepared as ProjectSummaries | undefined);
    treeDone(file.text.length);
    return out;
  },
} satisfies Scanner;
