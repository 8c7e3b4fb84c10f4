import { stringValue } from '../engine/python/literals.js';
import type { SyntaxNode } from '../engine/walk.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import { isTrue } from './support/names.js';

const FLASK_CORS = ['flask_cors.CORS', 'flask_cors.cross_origin'];
const STARLETTE_CORS = ['starlette.middleware.cors.CORSMiddleware', 'fastapi.middleware.cors.CORSMiddleware'];

export const corsWildcardCredentials: PythonRule = {
  meta: codeRule({
    id: 'sast.python.cors-wildcard-credentials',
    title: 'CORS allows any origin with credentials',
    description:
      'Any web site may send credentialed requests (cookies, Authorization) to this API and read the responses, so a page the user visits can act as the user.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-942'],
    owasp: ['A05:2021'],
    help: 'List the trusted origins explicitly (origins=["https://app.example.com"]) when credentials are supported.',
    tags: ['semgrep:python.flask.security.audit.wildcard-cors'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    for (const call of file.calls(FLASK_CORS)) {
      const kw = file.args(call).keywords;
      if (!isTrue(kw.get('supports_credentials'))) continue;
      const origins = kw.get('origins');
      // Flask-CORS allows every origin when none are given (unless per-resource settings say otherwise).
      if (origins ? isWildcard(origins) : !kw.has('resources')) matches.push({ node: call });
    }
    for (const call of file.calls([], ['add_middleware'])) {
      const args = file.args(call);
      const middleware = args.positional[0];
      if (!middleware || !STARLETTE_CORS.includes(file.nameOf(middleware) ?? '')) continue;
      const origins = args.keywords.get('allow_origins');
      if (isTrue(args.keywords.get('allow_credentials')) && origins && isWildcard(origins)) matches.push({ node: call });
    }
    return matches;
  },
};

function isWildcard(node: SyntaxNode): boolean {
  if (stringValue(node) === '*') return true;
  return (node.type === 'list' || node.type === 'tuple' || node.type === 'set') && node.namedChildren.some((c) => stringValue(c) === '*');
}

