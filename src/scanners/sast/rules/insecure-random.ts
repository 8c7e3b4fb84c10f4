import type { SyntaxNode } from '../engine/walk.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import { nameHasWord, targetName } from './support/names.js';

const RANDOM_CALLS = ['random', 'randint', 'randrange', 'choice', 'choices', 'sample', 'getrandbits', 'uniform', 'randbytes', 'shuffle'].map(
  (f) => `random.${f}`,
);
const SECRET_WORDS = new Set(['token', 'secret', 'password', 'passwd', 'pwd', 'key', 'otp', 'nonce', 'salt', 'pin', 'csrf', 'apikey']);

export const insecureRandom: PythonRule = {
  meta: codeRule({
    id: 'sast.python.insecure-random',
    title: 'Predictable random numbers used for a secret',
    description:
      'The random module is a Mersenne Twister: its output can be predicted from a few observed values, so tokens, passwords, keys or one-time codes made with it can be guessed.',
    severity: 'medium',
    confidence: 'medium',
    cwe: ['CWE-338'],
    owasp: ['A02:2021'],
    help: 'Use the secrets module (secrets.token_urlsafe(), secrets.choice(), secrets.randbelow()) or random.SystemRandom.',
    tags: ['bandit:B311'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    for (const call of file.calls(RANDOM_CALLS)) {
      const name = secretContext(call);
      if (name) matches.push({ node: call, message: `random is not a secure source for '${name}'; use the secrets module.` });
    }
    return matches;
  },
};

/**
 * The name of the assignment, keyword, or (through a return) function the call's value ends up in, if it
 * sounds like a secret. Looks no further than the statement holding the call.
 */
function secretContext(call: SyntaxNode): string | undefined {
  let throughReturn = false;
  for (let p: SyntaxNode | null = call.parent; p; p = p.parent) {
    let name: string | undefined;
    if (p.type === 'assignment' || p.type === 'augmented_assignment') {
      const left = p.childForFieldName('left');
      name = left ? targetName(left) : undefined;
    } else if (p.type === 'keyword_argument') {
      name = p.childForFieldName('name')?.text;
    } else if (p.type === 'function_definition') {
      name = p.childForFieldName('name')?.text;
    } else if (p.type === 'return_statement') {
      throughReturn = true;
    }
    if (name && nameHasWord(name, SECRET_WORDS)) return name;
    if (p.type === 'function_definition' || p.type === 'class_definition' || p.type === 'module') return undefined;
    if (p.type === 'block' && !throughReturn) return undefined;
  }
  return undefined;
}
