import { stringValue } from '../engine/python/literals.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import { isFalse } from './support/names.js';

const WEAK = new Set(['md4', 'md5', 'sha', 'sha1', 'md2', 'ripemd160']);
const WEAK_CALLS = [
  'hashlib.md5', 'hashlib.sha1', 'hashlib.md4',
  'Crypto.Hash.MD5.new', 'Crypto.Hash.SHA1.new', 'Crypto.Hash.MD4.new', 'Crypto.Hash.MD2.new',
  'Cryptodome.Hash.MD5.new', 'Cryptodome.Hash.SHA1.new',
  'cryptography.hazmat.primitives.hashes.MD5', 'cryptography.hazmat.primitives.hashes.SHA1',
];

export const weakHash: PythonRule = {
  meta: codeRule({
    id: 'sast.python.weak-hash',
    title: 'Weak hash algorithm (MD5/SHA-1)',
    description:
      'MD5 and SHA-1 are broken for security use: collisions are cheap, and as password hashes they are unsalted and fast enough to brute-force.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-328', 'CWE-327'],
    owasp: ['A02:2021'],
    help: 'Use SHA-256 or better for integrity; hash passwords with a slow salted KDF (argon2, bcrypt, scrypt, PBKDF2). Pass usedforsecurity=False where MD5 is only a checksum.',
    tags: ['bandit:B303', 'bandit:B324'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    for (const call of file.calls([...WEAK_CALLS, 'hashlib.new'])) {
      const args = file.args(call);
      if (isFalse(args.keywords.get('usedforsecurity'))) continue;
      if (file.callName(call) === 'hashlib.new') {
        const algo = file.arg(call, 0, 'name');
        const value = algo ? stringValue(algo) : undefined;
        if (value === undefined || !WEAK.has(value.toLowerCase().replace(/[-_]/g, ''))) continue;
      }
      matches.push({ node: call });
    }
    return matches;
  },
};
