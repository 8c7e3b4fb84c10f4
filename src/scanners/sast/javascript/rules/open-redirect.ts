import { scriptRule, type ScriptMatch, type ScriptRule } from './rule.js';

const REDIRECTS = ['res.redirect', 'response.redirect', 'ctx.redirect'];

export const openRedirect: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.open-redirect',
    title: 'Redirect to a URL from the request',
    description:
      'The redirect target comes from the request: a link to this site can send the visitor on to any other site (phishing that starts on a trusted domain).',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-601'],
    owasp: ['A01:2021'],
    help: 'Redirect only to relative paths of this site or to an allow-list of hosts; map a short key to the target instead of passing the URL.',
    tags: ['semgrep:javascript.express.security.audit.express-open-redirect.express-open-redirect'],
  }),
  check(file) {
    const matches: ScriptMatch[] = [];
    for (const call of file.calls(REDIRECTS)) {
      const args = file.args(call).positional;
      // redirect(url) or redirect(status, url)
      const target = args[args.length - 1];
      if (target && !file.isConstant(target) && file.taint(target)) matches.push({ node: call });
    }
    return matches;
  },
};
