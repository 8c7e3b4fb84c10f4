import { redactSecret, redactValues } from '../../../core/redact.js';

/**
 * Plaintext secrets in environment variables: which names look secret, which values are real literals
 * (not an interpolation, empty or a placeholder), and how to show the line without the value.
 */

/** A segment containing one of these makes the name secret-like (PGPASSWORD, DB_PASSWORD, dbPassword). */
const CONTAINED = ['PASSWORD', 'PASSWD'];
/** A segment ending with one of these (CLIENT_SECRET, GITHUB_TOKEN, APIKEY, AWS_ACCESS_KEY_ID). */
const SUFFIXES = ['SECRET', 'SECRETS', 'TOKEN', 'TOKENS', 'CREDENTIAL', 'CREDENTIALS', 'APIKEY', 'ACCESSKEY', 'PRIVATEKEY'];
/** Two adjacent segments (API_KEY, ACCESS_KEY, PRIVATE_KEY). */
const KEY_PREFIXES = new Set(['API', 'ACCESS', 'PRIVATE']);
/** A last segment that says the value is not the secret itself but about it (DB_PASSWORD_FILE, SECRET_ARN). */
const NOT_THE_SECRET = new Set([
  'FILE', 'FILENAME', 'PATH', 'DIR', 'ARN', 'NAME', 'URL', 'URI', 'ENDPOINT', 'TTL', 'EXPIRY', 'EXPIRES',
  'EXPIRATION', 'LIFETIME', 'LENGTH', 'TIMEOUT', 'HEADER', 'ENABLED', 'TYPE', 'VERSION',
]);

function segments(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((s) => s !== '');
}

export function isSecretName(name: string): boolean {
  const segs = segments(name);
  const last = segs[segs.length - 1];
  if (last === undefined || NOT_THE_SECRET.has(last)) return false;
  return segs.some((seg, i) => {
    if (CONTAINED.some((w) => seg.includes(w))) return true;
    if (SUFFIXES.some((w) => seg.endsWith(w))) return true;
    return seg === 'KEY' && i > 0 && KEY_PREFIXES.has(segs[i - 1]!);
  });
}

const PLACEHOLDER_WORDS = new Set([
  'changeme', 'change-me', 'change_me', 'changeit', 'placeholder', 'replaceme', 'replace-me', 'replace_me',
  'todo', 'tbd', 'example', 'dummy', 'redacted', 'none', 'null', 'nil', 'undefined', 'true', 'false', 'yes', 'no',
]);

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (PLACEHOLDER_WORDS.has(v.toLowerCase())) return true;
  if (/^<[^<>]*>$/.test(v) || /^\{\{.*\}\}$/.test(v) || /^\[\[.*\]\]$/.test(v)) return true;
  if (/^[x*.#_-]+$/i.test(v)) return true;
  if (/^your[\s_-]/i.test(v) || /^(?:insert|put|enter)[\s_-].*here$/i.test(v)) return true;
  return /^arn:aws[a-z-]*:(?:secretsmanager|ssm):/i.test(v);
}

/** `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?err}`, `$NAME`. */
const WHOLE_INTERPOLATION = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?\}$|^\$([A-Za-z_][A-Za-z0-9_]*)$/;
const ANY_INTERPOLATION = /\$\{|\$[A-Za-z_]/;

export interface LiteralSecret {
  /** The literal secret text (never shown). */
  secret: string;
  /** How to show the value: the secret replaced by its redacted form. */
  display: string;
}

/**
 * Returns the hard-coded secret in an environment value, or undefined when the value is empty, a
 * placeholder, or taken from the environment at deploy time. A `${VAR:-default}` is judged by its default.
 */
export function literalSecret(value: string | undefined): LiteralSecret | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === '' || isPlaceholder(v)) return undefined;
  const m = WHOLE_INTERPOLATION.exec(v);
  if (m) {
    const [, name, op, fallback] = m;
    if (name === undefined || (op !== '-' && op !== ':-') || fallback === undefined) return undefined;
    const inner = literalSecret(fallback);
    return inner && { secret: inner.secret, display: `\${${name}${op}${inner.display}}` };
  }
  if (ANY_INTERPOLATION.test(v)) return undefined;
  return { secret: v, display: redactSecret(v) };
}

/**
 * The source line with the value's text (columns `from`..`to` of that line, 0-based, `to` exclusive)
 * replaced by `display`; any other occurrence of the secret is masked as well.
 */
export function redactLine(line: string, from: number, to: number, display: string, secret: string): string {
  const start = Math.max(0, Math.min(from, line.length));
  const end = Math.max(start, Math.min(to, line.length));
  const replaced = `${line.slice(0, start)}${display}${line.slice(end)}`;
  return scrub(replaced.trim(), secret);
}

/**
 * Last line of defence: no other occurrence of the raw secret survives in a string we emit. Secrets
 * shorter than 4 characters are left to the column replacement (masking them would mangle the line).
 */
export function scrub(text: string, secret: string): string {
  return redactValues(text, [secret]);
}
