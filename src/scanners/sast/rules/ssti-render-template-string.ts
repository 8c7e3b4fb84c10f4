import { codeRule, type PythonRule } from './rule.js';
import { type SinkSpec } from './support/sinks.js';
import { injectionMatches } from './support/taint-sinks.js';

export const templateSinks: readonly SinkSpec[] = [
  { calls: ['flask.render_template_string', 'flask.templating.render_template_string'], arg: { index: 0, keyword: 'source' } },
  { calls: ['jinja2.Template', 'jinja2.environment.Template'], arg: { index: 0, keyword: 'source' } },
  { calls: [], methods: ['from_string'], arg: { index: 0, keyword: 'source' } },
];

export const sstiRenderTemplateString: PythonRule = {
  meta: codeRule({
    id: 'sast.python.ssti-render-template-string',
    title: 'Template built from non-constant text',
    description:
      'The template source is assembled at run time: if any part comes from the request, {{ ... }} in it runs in the template engine, which reaches Python objects and leads to code execution.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-1336'],
    owasp: ['A03:2021'],
    help: 'Keep templates constant (render_template with a file) and pass data as variables: render_template_string(PAGE, path=request.path).',
    tags: ['semgrep:python.flask.security.audit.render-template-string'],
  }),
  check(file) {
    return injectionMatches(file, templateSinks, 'Template built from user input', (h) => !file.isConstant(h.arg, h.sink.sanitizers));
  },
};
