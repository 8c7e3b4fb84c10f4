import type { Finding } from '../../../core/model.js';
import { stringValue } from '../../../scanners/sast/engine/python/literals.js';
import type { PythonFile } from '../../../scanners/sast/engine/python/context.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { applySpans, inPython, loadPython, pyString, replaceNode, startingAt, type Span, type SyntaxNode } from '../shared/python-unit.js';
import { escapeText, templatePieces } from '../shared/template.js';
import { TemplateNames } from './names.js';

const SSTI = 'sast.python.ssti-render-template-string';
const MARKUP = 'sast.python.markup-unescaped';

export const escapedRenderingFixer = {
  meta: { id: 'escaped-rendering', version: '1.0.0', summary: 'Passes user values to templates and Markup as escaped arguments instead of splicing them into the markup' },
  strategy: 'deterministic',
  handles: (f: Finding): boolean => inPython(f, SSTI, MARKUP),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const spans = unit.findings[0]!.ruleId === SSTI ? templateContext(file, row) : markupFormat(file, row);
    if (typeof spans === 'string') return skip(spans);
    return change(this, unit, {
      title: unit.findings[0]!.ruleId === SSTI ? `Pass request data to the template as a variable in ${path}` : `Escape the values put into Markup in ${path}`,
      rationale:
        unit.findings[0]!.ruleId === SSTI
          ? 'Text spliced into a template source is compiled as template code, so {{ … }} in it runs on the server (SSTI). As a template variable it is only data, and Jinja escapes it.'
          : 'Markup marks the whole string as safe HTML, including the values formatted into it (XSS). Markup(...).format() escapes each value and keeps only the literal markup.',
      edits: [{ path, before: text, after: applySpans(text, spans) }],
    });
  },
} satisfies Fixer;

/** `render_template_string(T.replace("{x}", v))` or `render_template_string(f"…{v}…")` → the value as a variable. */
function templateContext(file: PythonFile, row: number): Span[] | string {
  const call = startingAt(file.calls(['flask.render_template_string']), row)[0];
  const source = call ? file.args(call).positional[0] : undefined;
  if (!call || !source) return 'no render_template_string call with a template argument at the reported line';
  const names = new TemplateNames(file.args(call).keywords.keys());
  const spans: Span[] = [];
  const kwargs: string[] = [];
  let node: SyntaxNode = source;
  while (isReplace(node)) {
    const [needle, value] = node.childForFieldName('arguments')!.namedChildren;
    const hint = needle ? stringValue(needle) : undefined;
    if (hint === undefined || !value) return 'the template is changed by a replace() patchline cannot read';
    const name = names.name(value, hint);
    spans.push(replaceNode(value, pyString(`{{ ${name} }}`)));
    kwargs.push(`${name}=${value.text}`);
    node = node.childForFieldName('function')!.childForFieldName('object')!;
  }
  if (spans.length === 0) {
    const pieces = templatePieces(source);
    if (typeof pieces === 'string') return `the template source is built in a way patchline cannot rewrite (${pieces})`;
    const body = pieces.map((p) => {
      if (p.kind === 'text') return p.value;
      const name = names.name(p.node);
      kwargs.push(`${name}=${p.code}`);
      return `{{ ${name} }}`;
    });
    if (kwargs.length === 0) return 'the template source holds no value to pass separately';
    spans.push(replaceNode(source, pyString(body.join(''))));
  }
  const last = call.childForFieldName('arguments')!.namedChildren.filter((a) => a.type !== 'comment').at(-1)!;
  spans.push({ start: last.endIndex, end: last.endIndex, text: `, ${kwargs.join(', ')}` });
  return spans;
}

function isReplace(node: SyntaxNode): boolean {
  const fn = node.type === 'call' ? node.childForFieldName('function') : null;
  return fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'replace' && node.childForFieldName('arguments')?.namedChildren.length === 2;
}

/** `Markup(f"…{v}…")` → `Markup("…{}…").format(v)`: markupsafe escapes what format() inserts. */
function markupFormat(file: PythonFile, row: number): Span[] | string {
  const call = startingAt(file.calls(['markupsafe.Markup', 'flask.Markup', 'jinja2.Markup']), row)[0];
  const arg = call ? file.args(call).positional[0] : undefined;
  if (!call || !arg) return 'no Markup call with a formatted string at the reported line';
  const pieces = templatePieces(arg);
  if (typeof pieces === 'string') return `the value is marked safe as a whole; escape it with markupsafe.escape() by hand (${pieces})`;
  const values = pieces.filter((p) => p.kind === 'expr').map((p) => p.code);
  if (values.length === 0) return 'the Markup string holds no value';
  const format = pieces.map((p) => (p.kind === 'text' ? escapeText(p.value, '"').replace(/[{}]/g, '$&$&') : '{}')).join('');
  return [replaceNode(arg, `"${format}"`), { start: call.endIndex, end: call.endIndex, text: `.format(${values.join(', ')})` }];
}
