import type { RuleMeta } from '../../../core/model.js';

const TEMPLATE_REFS = ['https://jinja.palletsprojects.com/en/stable/templates/#html-escaping', 'https://owasp.org/Top10/A03_2021-Injection/'];

export const safeFilterRule: RuleMeta & { owasp: string[] } = {
  id: 'sast.jinja.safe-filter',
  title: 'Template output marked safe',
  description: 'The `|safe` filter turns off HTML escaping for this value; if any part of it comes from a user, it is stored or reflected cross-site scripting.',
  severity: 'medium',
  category: 'code',
  confidence: 'medium',
  cwe: ['CWE-79'],
  owasp: ['A03:2021'],
  help: 'Remove `|safe` and let Jinja escape the value; if some HTML must be kept, sanitize it first (e.g. with bleach) and mark only the sanitized result safe.',
  tags: ['semgrep:python.flask.security.xss.audit.template-unescaped-with-safe.template-unescaped-with-safe'],
  references: TEMPLATE_REFS,
};

export const autoescapeOffRule: RuleMeta & { owasp: string[] } = {
  id: 'sast.jinja.autoescape-disabled',
  title: 'Template autoescaping turned off',
  description: '`{% autoescape false %}` turns off HTML escaping for a whole block; every user value inside it can inject script.',
  severity: 'medium',
  category: 'code',
  confidence: 'medium',
  cwe: ['CWE-79'],
  owasp: ['A03:2021'],
  help: 'Remove the `{% autoescape false %}` block; mark single, sanitized values safe instead.',
  tags: ['semgrep:python.flask.security.xss.audit.template-autoescape-off.template-autoescape-off'],
  references: TEMPLATE_REFS,
};

export const templateRules = [autoescapeOffRule, safeFilterRule] as const;
