import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { applySpans, assignmentsAt, inPython, loadPython } from '../shared/python-unit.js';

const HEADERS: readonly [string, string][] = [
  ['Content-Security-Policy', "default-src 'self'"],
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
];

export const securityHeadersFixer = {
  meta: { id: 'security-headers', version: '1.0.0', summary: 'Adds one after_request hook that sets CSP, X-Frame-Options and X-Content-Type-Options on every response' },
  strategy: 'deterministic',
  handles: (f) => inPython(f, 'sast.python.flask-missing-security-headers'),
  async plan(unit, ctx) {
    const target = await loadPython(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, row, path, text } = target;
    const created = assignmentsAt(file, row).find((a) => a.left.type === 'identifier' && a.right.type === 'call');
    if (!created) return skip('no app created at the reported line');
    const app = created.left.text;
    // After the app's own set-up lines (app.config[...] = ...), before whatever the module does next.
    let last = created.node.parent!;
    for (let next = last.nextNamedSibling; next && next.type === 'expression_statement' && next.text.startsWith(`${app}.`); next = next.nextNamedSibling) last = next;
    if (last.parent?.type !== 'module') return skip('the app is created inside a function or block; add the hook by hand');
    const lineEnd = text.indexOf('\n', last.endIndex);
    const at = lineEnd < 0 ? text.length : lineEnd + 1;
    const hook = [
      '',
      '',
      `@${app}.after_request`,
      'def set_security_headers(response):',
      ...HEADERS.map(([name, value]) => `    response.headers.setdefault(${JSON.stringify(name)}, ${JSON.stringify(value)})`),
      '    return response',
      '',
      '',
    ].join('\n');
    return change(this, unit, {
      title: `Send security headers from every response of ${app} in ${path}`,
      rationale: 'Without Content-Security-Policy, X-Frame-Options and X-Content-Type-Options browsers apply no defence against script injection, clickjacking and MIME sniffing. One after_request hook sets them (headers a view sets itself are kept).',
      notes: ["The policy default-src 'self' blocks inline scripts and styles and third-party resources; widen it where a page needs them."],
      edits: [{ path, before: text, after: applySpans(text, [{ start: at, end: at, text: lineEnd < 0 ? `\n${hook}` : hook }]) }],
    });
  },
} satisfies Fixer;
