import { stringText } from '../imports.js';
import { scriptRule, type ScriptMatch, type ScriptRule } from './rule.js';

const WEAK = new Set(['md5', 'md4', 'md2', 'sha1', 'sha-1', 'rsa-md5', 'rsa-sha1']);

export const weakHash: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.weak-hash',
    title: 'Weak hash algorithm (MD5 or SHA-1)',
    description:
      'MD5 and SHA-1 have practical collisions and are fast to brute-force: they must not protect passwords, signatures or integrity checks.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-328'],
    owasp: ['A02:2021'],
    help: "Use crypto.createHash('sha256') for integrity, and scrypt/argon2/bcrypt for passwords.",
    tags: ['semgrep:javascript.lang.security.audit.md5-used-as-password.md5-used-as-password'],
  }),
  check(file) {
    const matches: ScriptMatch[] = [];
    for (const call of file.calls(['crypto.createHash', 'crypto.createHmac', 'crypto.createSign', 'crypto.createVerify'])) {
      const algo = stringText(file.arg(call, 0))?.toLowerCase();
      if (algo && WEAK.has(algo)) matches.push({ node: call, message: `Weak hash algorithm ${algo.toUpperCase()}.` });
    }
    return matches;
  },
};
