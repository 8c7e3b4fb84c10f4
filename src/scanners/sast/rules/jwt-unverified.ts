import { stringValue } from '../engine/python/literals.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import { isFalse } from './support/names.js';

const DECODES = ['jwt.decode', 'jose.jwt.decode', 'jwt.api_jwt.decode'];

export const jwtUnverified: PythonRule = {
  meta: codeRule({
    id: 'sast.python.jwt-unverified',
    title: 'JWT decoded without verifying its signature',
    description: 'The token is accepted without a valid signature, so anyone can write their own claims (user id, role, expiry).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-347'],
    owasp: ['A02:2021'],
    help: 'Verify the signature: jwt.decode(token, key, algorithms=["HS256"]) with an explicit list of strong algorithms.',
    tags: ['semgrep:python.jwt.security.unverified-jwt-decode'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    for (const call of file.calls(DECODES)) {
      const kw = file.args(call).keywords;
      const options = kw.get('options');
      const noSignature =
        options?.type === 'dictionary' &&
        options.namedChildren.some((pair) => {
          const key = pair.childForFieldName('key');
          return pair.type === 'pair' && key && /^verify_(signature|sig)$/.test(stringValue(key) ?? '') && isFalse(pair.childForFieldName('value') ?? undefined);
        });
      const algorithms = kw.get('algorithms');
      const noneAlgorithm = !!algorithms && [algorithms, ...algorithms.namedChildren].some((n) => stringValue(n)?.toLowerCase() === 'none');
      if (noSignature || isFalse(kw.get('verify')) || noneAlgorithm) matches.push({ node: call });
    }
    return matches;
  },
};
