import { stringText } from '../imports.js';
import { scriptRule, type ScriptMatch, type ScriptRule } from './rule.js';

export const corsWildcardCredentials: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.cors-wildcard-credentials',
    title: 'CORS allows any origin with credentials',
    description:
      'cors({ origin: "*" | true, credentials: true }) lets any web site make logged-in requests to this API with the visitor’s cookies and read the answers.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-942'],
    owasp: ['A05:2021'],
    help: "List the trusted origins: cors({ origin: ['https://app.example.com'], credentials: true }).",
    tags: ['semgrep:javascript.express.security.cors-misconfiguration.cors-misconfiguration'],
  }),
  check(file) {
    const matches: ScriptMatch[] = [];
    for (const call of file.calls(['cors'])) {
      const options = file.arg(call, 0);
      const origin = file.property(options, 'origin');
      const credentials = file.property(options, 'credentials');
      if (!origin || credentials?.type !== 'true') continue;
      if (origin.type === 'true' || stringText(origin) === '*') matches.push({ node: call });
    }
    return matches;
  },
};
