import { codeRule, type PythonRule } from './rule.js';
import { nameWords } from './support/names.js';

const SECURITY_WORDS = new Set([
  'user', 'users', 'admin', 'auth', 'authenticated', 'authorized', 'permission', 'permissions', 'perm', 'perms',
  'role', 'roles', 'token', 'login', 'logged', 'staff', 'superuser', 'csrf', 'privilege', 'privileges',
]);

export const assertUsedForSecurity: PythonRule = {
  meta: codeRule({
    id: 'sast.python.assert-used-for-security',
    title: 'assert used for a security check',
    description:
      'assert statements are removed when Python runs with -O (or PYTHONOPTIMIZE), so an access check written as an assert silently disappears in such deployments.',
    severity: 'medium',
    confidence: 'medium',
    cwe: ['CWE-703'],
    owasp: ['A04:2021'],
    help: 'Check explicitly and fail closed: `if not user.is_admin: abort(403)` (or raise PermissionError).',
    tags: ['bandit:B101'],
  }),
  check(file) {
    if (/(^|\/)(tests?|testing)\/|(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/.test(file.path)) return [];
    return file
      .nodes('assert_statement')
      .filter((a) => {
        const condition = a.namedChildren[0];
        return !!condition && nameWords(condition.text).some((w) => SECURITY_WORDS.has(w));
      })
      .map((node) => ({ node }));
  },
};
