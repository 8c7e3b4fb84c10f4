import type { PythonFile } from '../engine/python/context.js';
import { closestAncestor, descendantsOfType, indexByType, type SyntaxNode } from '../engine/walk.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import type { SinkSpec } from './support/sinks.js';
import { taintAtStatementMatch } from './support/statement-match.js';
import { taintedSinkCalls, taintMatch } from './support/taint-sinks.js';

export const HTML_ESCAPES = [
  'markupsafe.escape', 'flask.escape', 'html.escape', 'cgi.escape', 'markupsafe.Markup.escape', 'jinja2.escape',
  'django.utils.html.escape', 'django.utils.html.conditional_escape', 'bleach.clean', 'werkzeug.utils.escape',
];

const TAG = /<[a-zA-Z!/]/;

/** The text of a string literal without its `{...}` interpolations. */
function constantText(str: SyntaxNode): string {
  let text = str.text;
  for (const part of str.namedChildren) if (part.type === 'interpolation') text = text.replace(part.text, '');
  return text;
}

/** Is this expression a string built by hand (f-string, `+`, `%`, `.format`) whose constant part holds an HTML tag? */
function buildsHtml(expr: SyntaxNode): boolean {
  const t = expr.type;
  if (t === 'string') return expr.namedChildren.some((c) => c.type === 'interpolation') && TAG.test(constantText(expr));
  if (t === 'concatenated_string') return expr.namedChildren.some((s) => s.type === 'string' && s.namedChildren.some((c) => c.type === 'interpolation')) && TAG.test(expr.text);
  if (t === 'binary_operator') {
    const op = expr.childForFieldName('operator')?.text;
    if (op !== '+' && op !== '%') return false;
    return descendantsOfType(expr, ['string']).some((s) => TAG.test(constantText(s)));
  }
  if (t === 'call') {
    const fn = expr.childForFieldName('function');
    if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'format') return false;
    const obj = fn.childForFieldName('object');
    return !!obj && (obj.type === 'string' || obj.type === 'concatenated_string') && TAG.test(constantText(obj));
  }
  if (t === 'parenthesized_expression') return expr.namedChildren.some(buildsHtml);
  return false;
}

const scopeOf = (node: SyntaxNode) => closestAncestor(node, ['function_definition']);

/** The expression, or for a local name the value last assigned to it before `use` in the same function. */
function htmlValue(file: PythonFile, expr: SyntaxNode): boolean {
  if (buildsHtml(expr)) return true;
  if (expr.type !== 'identifier') return false;
  const scope = scopeOf(expr);
  const defs = file.assignments().filter((a) => a.name === expr.text && a.node.endIndex <= expr.startIndex && scopeOf(a.node)?.id === scope?.id);
  return defs.some((d) => buildsHtml(d.right));
}

export const responseSinks: readonly SinkSpec[] = [
  {
    calls: ['flask.make_response', 'flask.Response', 'flask.wrappers.Response', 'werkzeug.wrappers.Response', 'werkzeug.Response', 'django.http.HttpResponse'],
    arg: { index: 0, keyword: 'response' },
    sanitizers: HTML_ESCAPES,
  },
];

const usesWebFramework = (file: PythonFile) => [...file.aliases.values()].some((q) => /^(flask|django|werkzeug)(\.|$)/.test(q));

export const reflectedXss: PythonRule = {
  meta: codeRule({
    id: 'sast.python.reflected-xss',
    title: 'User input in HTML built by hand',
    description:
      'A view returns HTML assembled with an f-string, `+`, `%` or `.format` around request data, without escaping: the input can add its own tags and scripts to the page (reflected XSS).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-79'],
    owasp: ['A03:2021'],
    help: 'Render a template (Jinja2 escapes by default), or escape every value put in HTML with markupsafe.escape / html.escape.',
    tags: ['semgrep:python.flask.security.audit.directly-returned-format-string.directly-returned-format-string', 'semgrep:python.flask.security.injection.raw-html-concat.raw-html-format'],
  }),
  check(file) {
    if (!usesWebFramework(file)) return [];
    const what = 'User input in hand-built HTML';
    const matches: SastMatch[] = [];
    for (const h of taintedSinkCalls(file, responseSinks, { remoteOnly: true })) {
      if (htmlValue(file, h.arg)) matches.push(taintMatch(file, h, what));
    }
    const returns = indexByType(file.tree.rootNode, new Set(['return_statement'])).get('return_statement') ?? [];
    for (const ret of returns) {
      const value = ret.namedChildren[0];
      if (!value || !scopeOf(ret) || !htmlValue(file, value)) continue;
      const m = taintAtStatementMatch(file, ret, value, what, { remoteOnly: true, sanitizers: HTML_ESCAPES });
      if (m) matches.push(m);
    }
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};
