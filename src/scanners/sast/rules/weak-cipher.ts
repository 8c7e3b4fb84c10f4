import { codeRule, type PythonRule, type SastMatch } from './rule.js';

const PYCRYPTO_WEAK = /^(Crypto|Cryptodome)\.Cipher\.(DES|DES3|ARC2|ARC4|Blowfish|CAST|XOR)\.new$/;
const CRYPTOGRAPHY_WEAK = /^cryptography\.hazmat\.(primitives\.ciphers\.|decrepit\.ciphers\.)(algorithms\.)?(ARC4|Blowfish|CAST5|IDEA|SEED|TripleDES)$/;
const PYCRYPTO_NEW = /^(Crypto|Cryptodome)\.Cipher\.\w+\.new$/;
const ECB = /^(cryptography\.hazmat\.primitives\.ciphers\.(modes\.)?ECB|(Crypto|Cryptodome)\.Cipher\.\w+\.MODE_ECB)$/;

export const weakCipher: PythonRule = {
  meta: codeRule({
    id: 'sast.python.weak-cipher',
    title: 'Weak cipher or ECB mode',
    description:
      'DES, 3DES, RC2, RC4, Blowfish, CAST and IDEA are broken or have blocks small enough to attack; ECB mode encrypts equal blocks to equal ciphertext and leaks the structure of the data.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-327'],
    owasp: ['A02:2021'],
    help: 'Use AES-GCM or ChaCha20-Poly1305 (cryptography.hazmat.primitives.ciphers.aead), never ECB.',
    tags: ['bandit:B304', 'bandit:B305'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    for (const call of file.nodes('call')) {
      const name = file.callName(call);
      if (!name) continue;
      if (PYCRYPTO_WEAK.test(name) || CRYPTOGRAPHY_WEAK.test(name) || ECB.test(name)) {
        matches.push({ node: call });
      } else if (PYCRYPTO_NEW.test(name)) {
        // AES.new(key, AES.MODE_ECB) or mode=AES.MODE_ECB
        const mode = file.arg(call, 1, 'mode');
        if (mode && ECB.test(file.nameOf(mode) ?? '')) matches.push({ node: call });
      }
    }
    return matches;
  },
};
