import { codeRule, type PythonRule, type SastMatch } from './rule.js';

const HEADER_NAMES = /Content-Security-Policy|X-Frame-Options|X-Content-Type-Options/i;

/**
 * A Flask app that never sets the browser security headers: no Flask-Talisman on it and no
 * `@app.after_request` hook in its module that names one of them. Reported where the app is created.
 */
export const flaskMissingSecurityHeaders: PythonRule = {
  meta: codeRule({
    id: 'sast.python.flask-missing-security-headers',
    title: 'Flask app sets no security headers',
    description:
      'Nothing in this module adds Content-Security-Policy, X-Frame-Options or X-Content-Type-Options to the responses of this app, so browsers apply none of those defences (clickjacking, MIME sniffing, script injection).',
    severity: 'low',
    confidence: 'medium',
    cwe: ['CWE-693'],
    owasp: ['A05:2021'],
    help: 'Wrap the app with Flask-Talisman, or add an `@app.after_request` hook that sets Content-Security-Policy, X-Frame-Options: DENY and X-Content-Type-Options: nosniff.',
    tags: ['zap:10038', 'zap:10020', 'zap:10021'],
    references: ['https://owasp.org/www-project-secure-headers/', 'https://flask.palletsprojects.com/en/stable/web-security/#security-headers'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    for (const { node, left, right } of file.assignments()) {
      if (right.type !== 'call' || left.type !== 'identifier' || file.callName(right) !== 'flask.Flask') continue;
      if (!protectsHeaders(file.text, left.text)) matches.push({ node });
    }
    return matches;
  },
};

function protectsHeaders(text: string, app: string): boolean {
  const name = app.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`Talisman\\(\\s*${name}\\b`).test(text)) return true;
  return new RegExp(`@${name}\\.after_request\\b`).test(text) && HEADER_NAMES.test(text);
}
