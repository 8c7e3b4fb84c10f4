import type { ValidatorName } from './rule-schema.js';
import { isPlaceholder } from './allowlist.js';

/** Structural checks a regex cannot express; each returns true when the value is plausibly real. */
export const validators: Record<ValidatorName, (secret: string) => boolean> = {
  jwt: isStructuredJwt,
  'basic-auth': isBasicAuthPair,
};

/** The header of a JWT must decode to a JSON object naming its algorithm. */
function isStructuredJwt(token: string): boolean {
  const header = decodeBase64(token.split('.')[0] ?? '', 'base64url');
  if (header === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

/** Docker's `auth` is base64 of `user:password`; the password must not be a placeholder. */
function isBasicAuthPair(value: string): boolean {
  const decoded = decodeBase64(value, 'base64');
  if (decoded === undefined) return false;
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return false;
  const password = decoded.slice(colon + 1);
  return password.length >= 4 && !isPlaceholder(password) && !/^password$/i.test(password);
}

function decodeBase64(value: string, encoding: 'base64' | 'base64url'): string | undefined {
  const text = Buffer.from(value, encoding).toString('utf8');
  // Printable ASCII only: anything else means it was not base64 of text.
  return text.length > 0 && /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}
