import { closestAncestor, type SyntaxNode } from '../engine/walk.js';
import { stringValue } from '../engine/python/literals.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';

const KEY_NAMES = new Set(['SECRET_KEY', 'JWT_SECRET_KEY', 'SECURITY_PASSWORD_SALT', 'WTF_CSRF_SECRET_KEY']);

export const hardcodedSecretKey: PythonRule = {
  meta: codeRule({
    id: 'sast.python.hardcoded-secret-key',
    title: 'Hard-coded framework secret key',
    description:
      'The secret key that signs sessions and tokens is written in the source: anyone who can read the code can forge a session (for example one with role=admin).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-798'],
    owasp: ['A07:2021'],
    help: 'Load the key from the environment or a secret store (os.environ["SECRET_KEY"]) and rotate the one that was committed.',
    tags: ['bandit:B105'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    const report = (node: SyntaxNode, value: SyntaxNode) => {
      const secret = stringValue(value);
      if (secret) matches.push({ node, secrets: [secret] });
    };
    for (const { node: a, left, right, name } of file.assignments()) {
      if (left.type === 'attribute' && name === 'secret_key') report(a, right);
      else if (left.type === 'subscript' && name && KEY_NAMES.has(name)) report(a, right);
      else if (left.type === 'identifier' && name && KEY_NAMES.has(name) && !closestAncestor(a, ['function_definition'])) report(a, right);
    }
    for (const call of file.calls([], ['update', 'from_mapping'])) {
      for (const [key, value] of file.args(call).keywords) if (KEY_NAMES.has(key)) report(call, value);
    }
    return matches;
  },
};
