import type { RuleMeta } from '../../../../core/model.js';
import { findEvaluation } from '../shared/arithmetic.js';
import { around } from '../shared/markers.js';
import { pointHit, type Attack } from '../shared/probe.js';
import type { ActiveRule, WebHit } from '../../types.js';

export const TEMPLATE_INJECTION: RuleMeta = {
  id: 'web.template-injection',
  title: 'Server-side template injection',
  description: 'A request value becomes part of a template the server renders, so a client can run template code — in Jinja2, Twig, Freemarker and most engines that is code execution on the server.',
  severity: 'critical',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-1336'],
  help: 'Never build template source from request data: render a fixed template and pass values as variables (render_template("x.html", path=request.path)).',
  tags: ['zap:90035'],
  owasp: ['A03:2021'],
  references: ['https://portswigger.net/research/server-side-template-injection'],
};

/** Expression syntaxes of the common engines. */
const SYNTAXES: readonly { name: string; payload: (a: number, b: number) => string }[] = [
  { name: '{{…}} (Jinja2, Twig, Nunjucks, Handlebars helpers)', payload: (a, b) => `{{${a}*${b}}}` },
  { name: '${…} (Freemarker, Thymeleaf, JSP EL, Mako, lodash)', payload: (a, b) => `\${${a}*${b}}` },
  { name: '<%= … %> (ERB, EJS, lodash)', payload: (a, b) => `<%= ${a}*${b} %>` },
  { name: '#{…} (Pug, Slim, Ruby strings, JSF)', payload: (a, b) => `#{${a}*${b}}` },
  { name: '{…} (Smarty)', payload: (a, b) => `{${a}*${b}}` },
  { name: '@(…) (Razor)', payload: (a, b) => `@(${a}*${b})` },
];

/** Arithmetic in each engine's syntax; the finding is the product in the answer, confirmed with other numbers. */
export const templateInjectionRule = {
  meta: { id: 'template-injection', version: '0.1.0', summary: 'Server-side template injection: {{a*b}} and other engines\' syntax evaluated, seen by the product.' },
  rules: [TEMPLATE_INJECTION],
  async attack(point, client, signal): Promise<WebHit[]> {
    const attack: Attack = { point, client, signal };
    const found = await findEvaluation(attack, SYNTAXES);
    if (!found) return [];
    return [pointHit(TEMPLATE_INJECTION, attack, found.exchange, {
      message: `The template engine evaluated ${JSON.stringify(found.payload)} (${found.syntax}): the answer shows ${found.product}`,
      evidence: around(found.exchange.response.body, found.product) ?? found.product,
    })];
  },
} satisfies ActiveRule;
