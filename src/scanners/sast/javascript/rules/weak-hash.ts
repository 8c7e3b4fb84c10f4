import { nameHasWord } from '../../rules/support/names.js';
import type { SyntaxNode } from '../../engine/walk.js';
import { stringText } from '../imports.js';
import { scriptRule, type ScriptMatch, type ScriptRule } from './rule.js';

/** UUID v3/v5 are defined on MD5/SHA-1 (RFC 9562): not a security use. */
const UUID = new Set(['uuid', 'guid']);
/** Cache keys, ETags and checksums: not a security use, reported with low confidence. */
const NON_SECURITY = new Set(['etag', 'cache', 'checksum', 'fingerprint', 'dedupe', 'bucket', 'shard']);

/** The name of the function the call is in (declaration, method, or the variable an arrow is bound to). */
function functionName(call: SyntaxNode): string | undefined {
  const fn = call.closest(['function_declaration', 'method_definition', 'arrow_function', 'function_expression']);
  if (!fn) return undefined;
  const own = fn.childForFieldName('name')?.text;
  if (own) return own;
  return fn.parent?.type === 'variable_declarator' ? fn.parent.childForFieldName('name')?.text : undefined;
}

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
      if (!algo || !WEAK.has(algo)) continue;
      const fn = functionName(call) ?? '';
      if (nameHasWord(fn, UUID)) continue;
      const message = `Weak hash algorithm ${algo.toUpperCase()}.`;
      matches.push({ node: call, message, ...(nameHasWord(fn, NON_SECURITY) && { confidence: 'low' as const }) });
    }
    return matches;
  },
};
