/**
 * Filters that drop matches which are shaped like secrets but are not: placeholders, templates,
 * documented examples and lookups of a value kept elsewhere. They apply to every rule.
 */

const PLACEHOLDER_SUBSTRINGS = [
  'example',
  'changeme',
  'change_me',
  'change-me',
  'placeholder',
  'dummy',
  'redacted',
  'replaceme',
  'replace_me',
  'replace-me',
  'your_',
  'your-',
  'yourapi',
  'yourtoken',
  'yoursecret',
  'yourpassword',
  'insert_',
  'insert-',
  'notasecret',
  'not_a_secret',
  'foobar',
  'lorem',
  'xxxx',
  '****',
  '...',
  '…',
];

const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /\$\{[^}]*\}/, // ${VAR}
  /\{\{.*\}\}/, // {{ template }}
  /%\([^)]*\)[sdr]/, // %(name)s
  /%[sd](?![a-z0-9])/i, // printf
  /<[^<>]{1,64}>/, // <token>
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $PASSWORD
  /^\$env:/i, // PowerShell
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %PASSWORD% (Windows)
  /^#\{.*\}$/, // Ruby interpolation
  /^\{[A-Za-z_][\w.-]*\}$/, // {password}
  /^(.)\1*$/s, // all the same character
  /(?:^|[^a-z])(?:test|fake|mock|sample|demo|bogus|invalid)(?:[^a-z]|$)/i,
];

/** Keys published in vendor documentation; they are everywhere in tutorials and never live. */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
]);

const ENV_LOOKUP =
  /^(?:os\.environ|os\.getenv|getenv\(|process\.env|import\.meta\.env|Deno\.env|System\.getenv|Environment\.GetEnvironmentVariable|os\.Getenv|ENV\[|ENV\.fetch|env\(|config\(|settings\.)/;

const MIN_SEQUENCE_RUN = 6;

export function isPlaceholder(value: string): boolean {
  if (DOCUMENTED_EXAMPLES.has(value)) return true;
  const lower = value.toLowerCase();
  if (PLACEHOLDER_SUBSTRINGS.some((s) => lower.includes(s))) return true;
  if (PLACEHOLDER_PATTERNS.some((re) => re.test(value))) return true;
  return hasSequence(value, MIN_SEQUENCE_RUN);
}

/** `os.environ[...]`, `process.env.X`, `getenv(...)`: the code reads the secret, it does not hold it. */
export function isEnvLookup(value: string): boolean {
  return ENV_LOOKUP.test(value);
}

/** True when the value holds a run like `123456`, `abcdef` or `987654` of at least `run` characters. */
export function hasSequence(value: string, run: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    const alnum = isAlnum(value.charCodeAt(i)) && isAlnum(value.charCodeAt(i - 1));
    up = step === 1 && alnum ? up + 1 : 1;
    down = step === -1 && alnum ? down + 1 : 1;
    if (up >= run || down >= run) return true;
  }
  return false;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export interface CompiledAllowlist {
  /** Tested against the secret. */
  regexes: RegExp[];
  /** Tested against the whole regex match (e.g. the key name of an assignment). */
  matchRegexes: RegExp[];
  /** Lowercase substrings of the secret that mark it as a placeholder. */
  stopwords: string[];
}

export function isAllowedByRule(allow: CompiledAllowlist, secret: string, match: string): boolean {
  if (allow.stopwords.length > 0) {
    const lower = secret.toLowerCase();
    if (allow.stopwords.some((w) => lower.includes(w))) return true;
  }
  return allow.regexes.some((re) => re.test(secret)) || allow.matchRegexes.some((re) => re.test(match));
}
