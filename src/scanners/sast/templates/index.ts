import { draftFinding } from '../../draft-finding.js';
import type { DraftFinding, FileScanOutput, SourceFile } from '../../types.js';
import { autoescapeOffRule, safeFilterRule } from './rules.js';

export { templateRules } from './rules.js';

/** Jinja templates: files under a `templates/` folder, or with a Jinja extension. */
export function isTemplate(path: string): boolean {
  return /\.(jinja2?|j2)$/.test(path) || (/(^|\/)templates\/.+\.(html?|xml|txt)$/.test(path) && !/(^|\/)node_modules\//.test(path));
}

const MAX_LINE = 4096;
/** `{{ … | safe }}` (filters may follow), unless the value is a plain string literal. */
const SAFE_FILTER = /\{\{-?\s*([^}]{1,400}?)\|\s*safe\b[^}]{0,200}\}\}/g;
const AUTOESCAPE_OFF = /\{%-?\s*autoescape\s+(false|False)\s*-?%\}/;
const STRING_LITERAL = /^\s*(['"])[^'"]*\1\s*$/;

/** Line-oriented checks of Jinja templates (expressions in templates are short and single-line in practice). */
export function scanTemplate(file: SourceFile): FileScanOutput {
  const findings: DraftFinding[] = [];
  file.text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.slice(0, MAX_LINE);
    const hit = (rule: typeof safeFilterRule, column: number) =>
      findings.push(draftFinding(rule, { path: file.path, startLine: index + 1, startColumn: column + 1, snippet: line.trim() }));
    if (AUTOESCAPE_OFF.test(line)) hit(autoescapeOffRule, line.search(AUTOESCAPE_OFF));
    for (const m of line.matchAll(SAFE_FILTER)) {
      if (!STRING_LITERAL.test(m[1]!)) {
        hit(safeFilterRule, m.index ?? 0);
        break;
      }
    }
  });
  return { findings };
}
