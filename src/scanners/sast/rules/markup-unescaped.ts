import { codeRule, type PythonRule } from './rule.js';
import { type SinkSpec } from './support/sinks.js';
import { injectionMatches } from './support/taint-sinks.js';

export const markupSinks: readonly SinkSpec[] = [
  {
    calls: ['markupsafe.Markup', 'flask.Markup', 'jinja2.Markup', 'django.utils.safestring.mark_safe', 'django.utils.html.mark_safe'],
    arg: { index: 0, keyword: 'base' },
    sanitizers: ['markupsafe.escape', 'flask.escape', 'html.escape', 'django.utils.html.escape', 'bleach.clean', 'markupsafe.Markup.escape'],
  },
];

export const markupUnescaped: PythonRule = {
  meta: codeRule({
    id: 'sast.python.markup-unescaped',
    title: 'Non-constant text marked as safe HTML',
    description:
      'Markup()/mark_safe() tell the template engine not to escape the text; built from anything that comes from outside, it lets that input add its own HTML and scripts (XSS).',
    severity: 'medium',
    confidence: 'low',
    cwe: ['CWE-79'],
    owasp: ['A03:2021'],
    help: 'Escape the variable parts: Markup("<em>{}</em>").format(q) or markupsafe.escape(q), or leave the HTML to the template.',
    tags: ['bandit:B704', 'bandit:B308'],
  }),
  check(file) {
    return injectionMatches(file, markupSinks, 'User input marked as safe HTML', (h) => !file.isConstant(h.arg, h.sink.sanitizers));
  },
};
