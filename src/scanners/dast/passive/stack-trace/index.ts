import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule } from '../../types.js';
import { hitAt } from '../shared/exchange.js';

const STACK_TRACE: RuleMeta = {
  id: 'web.stack-trace',
  title: 'Stack trace or error details in a response',
  description: 'A response shows a stack trace or a detailed error (file paths, source lines, exception types), which maps the application for an attacker.',
  severity: 'medium',
  category: 'web',
  confidence: 'medium',
  cwe: ['CWE-209'],
  help: 'Turn off debug output in production and answer errors with a generic page; log the details on the server instead.',
  tags: ['zap:90022'],
  owasp: ['A05:2021'],
  references: ['https://owasp.org/www-community/Improper_Error_Handling'],
};

/** One pattern per platform, each specific enough that normal pages do not match it. */
const TRACES: { platform: string; pattern: RegExp }[] = [
  { platform: 'Python', pattern: /Traceback \(most recent call last\):/ },
  { platform: 'Python', pattern: /File &quot;[^&]+\.py&quot;, line \d+|File "[^"]+\.py", line \d+, in \w+/ },
  { platform: 'Java', pattern: /\bat [\w$.]+\([\w$]+\.java:\d+\)/ },
  { platform: '.NET', pattern: /\bat [\w.`<>]+\(.*\) in [^\n]+\.cs:line \d+/ },
  { platform: 'Node.js', pattern: /\bat (?:[\w.<>]+ )?\(?\/[^\s)]+\.[cm]?js:\d+:\d+\)?/ },
  { platform: 'PHP', pattern: /<b>(?:Fatal error|Warning|Parse error)<\/b>:.+ on line <b>\d+<\/b>|PHP (?:Fatal error|Warning):.+ on line \d+/ },
  { platform: 'Ruby', pattern: /\/[\w/.-]+\.rb:\d+:in `[^']+'/ },
  { platform: 'Go', pattern: /goroutine \d+ \[running\]:/ },
];

export const stackTraceRule = {
  meta: { id: 'stack-trace', version: '0.1.0', summary: 'Responses that show stack traces or detailed errors (Python, Java, .NET, Node.js, PHP, Ruby, Go).' },
  rules: [STACK_TRACE],
  check(exchange, ctx) {
    const body = exchange.response.body;
    for (const { platform, pattern } of TRACES) {
      const m = pattern.exec(body);
      if (!m) continue;
      const path = new URL(exchange.request.url).pathname;
      if (!ctx.firstTime(`stack ${exchange.request.method} ${path}`)) return [];
      return [hitAt(STACK_TRACE, exchange, `${platform} stack trace in the answer to ${exchange.request.method} ${path}`, { evidence: m[0] })];
    }
    return [];
  },
} satisfies PassiveRule;
