import { isBuiltStringValue, taintedScriptSinks, type ScriptSinkSpec } from '../sinks.js';
import { scriptRule, type ScriptRule } from './rule.js';

const RESPONSES = ['res', 'response', 'resp'];

export const xssSinks: readonly ScriptSinkSpec[] = [
  {
    calls: RESPONSES.flatMap((r) => ['send', 'write', 'end'].map((m) => `${r}.${m}`)),
    arg: 0,
    argWhen: isBuiltStringValue,
    sanitizers: ['escape-html', 'he.encode', 'he.escape', 'validator.escape', 'lodash.escape', '_.escape', 'encodeURIComponent', 'sanitize-html', 'DOMPurify.sanitize', 'xss'],
  },
];

export const reflectedXss: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.reflected-xss',
    title: 'Request data written into an HTML response',
    description:
      'A response body is built from request data with + or a template literal and sent as-is: a value carrying <script> runs in the visitor’s browser (reflected XSS).',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-79'],
    owasp: ['A03:2021'],
    help: 'Render through a template engine that escapes by default, escape values (escape-html) before building HTML, or send JSON with res.json().',
    tags: ['semgrep:javascript.express.security.audit.xss.direct-response-write.direct-response-write'],
  }),
  check(file) {
    return taintedScriptSinks(file, xssSinks);
  },
};
