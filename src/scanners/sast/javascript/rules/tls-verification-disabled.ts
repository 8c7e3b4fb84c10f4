import { stringText } from '../imports.js';
import { scriptRule, type ScriptMatch, type ScriptRule } from './rule.js';

const ENV_NAME = /^process\.env(?:\.NODE_TLS_REJECT_UNAUTHORIZED|\[\s*['"`]NODE_TLS_REJECT_UNAUTHORIZED['"`]\s*\])$/;

export const tlsVerificationDisabled: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.tls-verification-disabled',
    title: 'TLS certificate verification disabled',
    description:
      'rejectUnauthorized: false (or NODE_TLS_REJECT_UNAUTHORIZED=0) accepts any certificate: anyone on the network path can read and change the traffic.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-295'],
    owasp: ['A07:2021'],
    help: 'Keep verification on; for a private CA pass it with the ca option (or NODE_EXTRA_CA_CERTS) instead.',
    tags: ['semgrep:javascript.node-https.security.bypass-tls-verification.bypass-tls-verification'],
  }),
  check(file) {
    const matches: ScriptMatch[] = [];
    for (const pair of file.nodes('pair')) {
      const key = pair.childForFieldName('key');
      const name = key?.type === 'property_identifier' ? key.text : stringText(key);
      const value = pair.childForFieldName('value');
      if (name === 'rejectUnauthorized' && (value?.type === 'false' || value?.text === '0')) matches.push({ node: pair });
    }
    for (const a of file.nodes('assignment_expression')) {
      const left = a.childForFieldName('left');
      const right = a.childForFieldName('right');
      if (left && right && ENV_NAME.test(left.text.replace(/\s+/g, '')) && (stringText(right) === '0' || right.text === '0')) {
        matches.push({ node: a });
      }
    }
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};
