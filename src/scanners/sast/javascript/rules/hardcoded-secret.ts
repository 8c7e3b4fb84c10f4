import type { SyntaxNode } from '../../engine/walk.js';
import type { ScriptFile } from '../context.js';
import { stringText } from '../imports.js';
import { scriptRule, type ScriptMatch, type ScriptRule } from './rule.js';

const SESSIONS = ['express-session', 'cookie-session', 'session', 'cookieSession', 'koa-session'];
const SIGNERS = ['jsonwebtoken.sign', 'jsonwebtoken.verify', 'jwt.sign', 'jwt.verify'];

/** The literal text of a string or of a module `const` bound to one. */
function literalSecret(file: ScriptFile, node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  const direct = stringText(node);
  if (direct !== undefined) return direct;
  if (node.type !== 'identifier' || !file.constants.has(node.text)) return undefined;
  return stringText(file.declarationsOf(node.text)[0]?.value);
}

export const hardcodedSecret: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.hardcoded-secret',
    title: 'Hard-coded session or JWT secret',
    description:
      'The secret that signs sessions or tokens is written in the source: anyone who can read the code can forge a session or a token (for example one with admin: true).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-798'],
    owasp: ['A07:2021'],
    help: 'Read the secret from the environment or a secret store (process.env.SESSION_SECRET) and rotate the one that was committed.',
    tags: ['semgrep:javascript.express.security.audit.express-session-hardcoded-secret.express-session-hardcoded-secret', 'semgrep:javascript.jsonwebtoken.security.jwt-hardcode.hardcoded-jwt-secret'],
  }),
  check(file) {
    const matches: ScriptMatch[] = [];
    const report = (node: SyntaxNode, value: SyntaxNode | undefined) => {
      const secret = literalSecret(file, value);
      if (secret) matches.push({ node, secrets: [secret] });
    };
    for (const call of file.calls(SESSIONS)) {
      const options = file.arg(call, 0);
      report(call, file.property(options, 'secret'));
      const keys = file.property(options, 'keys');
      if (keys?.type === 'array') report(call, keys.namedChildren[0]);
    }
    for (const call of file.calls(SIGNERS)) report(call, file.arg(call, 1));
    for (const call of file.calls(['cookie-parser'])) report(call, file.arg(call, 0));
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};
