import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule } from '../../types.js';
import { hitAt } from '../shared/exchange.js';

const DEBUG: RuleMeta = {
  id: 'web.debug-mode',
  title: 'Debug mode or interactive debugger exposed',
  description: 'The application runs in debug mode: an interactive debugger or debug page is reachable, which shows source, settings and secrets and may run code on the server.',
  severity: 'high',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-489'],
  help: 'Never run debug mode in a deployed app (Flask: app.run(debug=False), FLASK_DEBUG unset; Django: DEBUG = False; remove phpinfo pages).',
  owasp: ['A05:2021'],
  references: ['https://werkzeug.palletsprojects.com/en/latest/debug/'],
};

const PAGES: { what: string; pattern: RegExp }[] = [
  { what: 'the Werkzeug interactive debugger', pattern: /\/\/ Werkzeug Debugger<\/title>|__debugger__=yes&amp;cmd=resource/ },
  { what: 'the Django debug page', pattern: /You're seeing this error because you have <code>DEBUG = True<\/code>/ },
  { what: 'the Laravel Ignition error page', pattern: /<title>[^<]*Ignition<\/title>|window\.ignite\(/ },
  { what: 'the Symfony profiler', pattern: /sf-toolbar-block|<title>Symfony Profiler<\/title>/ },
  { what: 'a phpinfo() page', pattern: /<title>phpinfo\(\)<\/title>/ },
];

export const debugConsoleRule = {
  meta: { id: 'debug-console', version: '0.1.0', summary: 'Interactive debuggers and framework debug pages (Werkzeug, Django, Laravel, Symfony, phpinfo).' },
  rules: [DEBUG],
  check(exchange, ctx) {
    const page = PAGES.find((p) => p.pattern.test(exchange.response.body));
    if (!page) return [];
    const path = new URL(exchange.request.url).pathname;
    if (!ctx.firstTime(`debug ${path}`)) return [];
    const evidence = page.pattern.exec(exchange.response.body)![0];
    return [hitAt(DEBUG, exchange, `${exchange.request.method} ${path} shows ${page.what}`, { evidence })];
  },
} satisfies PassiveRule;
