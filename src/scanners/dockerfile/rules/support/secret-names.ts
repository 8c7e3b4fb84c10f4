import type { Instruction, KeyValue } from '../../parser/types.js';

const SECRET_NAME = /PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_?KEY|(?:^|_)PASS$/;
/** Names that hold where a secret is, or something about it, rather than the secret itself. */
const NOT_A_SECRET = /_(?:FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|NAME|USER|USERNAME|TYPE|LENGTH|TTL|EXPIRY|EXPIRES|ENABLED|HEADER|MODE|VERSION)$/;
const PLACEHOLDER = /^(?:true|false|yes|no|on|off|none|null|\d{1,5})$/i;
const ONLY_VARIABLES = /^(?:["']?\$(?:\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*)["']?)+$/;

export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase();
  return SECRET_NAME.test(upper) && !NOT_A_SECRET.test(upper);
}

/** ENV and ARG pairs that give a secret-looking name a literal value. */
export function secretPairs(instr: Instruction): KeyValue[] {
  if (instr.keyword !== 'ENV' && instr.keyword !== 'ARG') return [];
  return instr.pairs.filter((p) => {
    if (p.rawValue === undefined || p.value === undefined || !isSecretName(p.key)) return false;
    const raw = p.rawValue.trim();
    return raw !== '' && p.value !== '' && !ONLY_VARIABLES.test(raw) && !PLACEHOLDER.test(p.value);
  });
}
