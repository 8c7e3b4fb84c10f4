import { parseDuration, type DastConfig } from '../../../core/config-dast.js';
import { parseSize } from '../../../core/config.js';
import { ConfigError } from '../../../core/errors.js';

/** The client's limits with every default filled in. */
export interface ClientLimits {
  maxRequests: number;
  concurrency: number;
  requestsPerSecond: number;
  timeoutMs: number;
  maxBodyBytes: number;
  maxErrors: number;
  maxDurationMs: number;
}

export interface LoginRecipe {
  url: string;
  method: 'GET' | 'POST';
  fields: Record<string, string>;
  loggedIn?: RegExp;
  loggedOut?: RegExp;
}

export interface AuthOptions {
  headers: Record<string, string>;
  cookies: Record<string, string>;
  login?: LoginRecipe;
}

export const DEFAULT_LIMITS: ClientLimits = {
  maxRequests: 2000,
  concurrency: 4,
  requestsPerSecond: 50,
  timeoutMs: 10_000,
  maxBodyBytes: 1024 * 1024,
  maxErrors: 30,
  maxDurationMs: 10 * 60_000,
};

export function clientLimits(config: DastConfig | undefined): ClientLimits {
  const l = config?.limits ?? {};
  return {
    maxRequests: l.maxRequests ?? DEFAULT_LIMITS.maxRequests,
    concurrency: l.concurrency ?? DEFAULT_LIMITS.concurrency,
    requestsPerSecond: l.requestsPerSecond ?? DEFAULT_LIMITS.requestsPerSecond,
    timeoutMs: parseDuration(l.timeout, DEFAULT_LIMITS.timeoutMs),
    maxBodyBytes: parseSize(l.maxBodySize, DEFAULT_LIMITS.maxBodyBytes),
    maxErrors: l.maxErrors ?? DEFAULT_LIMITS.maxErrors,
    maxDurationMs: parseDuration(l.maxDuration, DEFAULT_LIMITS.maxDurationMs),
  };
}

/** Auth from config, `${VAR}` read from the environment (so CI secrets stay out of patchline.yaml). */
export function authOptions(config: DastConfig | undefined, target: string, env: NodeJS.ProcessEnv = process.env): AuthOptions {
  const auth = config?.auth ?? {};
  const expand = (v: string, key: string): string =>
    v.replace(/\$\{(\w+)\}/g, (_m, name: string) => {
      const value = env[name];
      if (value === undefined) throw new ConfigError(`dast.auth ${key} refers to \${${name}}, which is not set in the environment; export it or write the value`);
      return value;
    });
  const expandAll = (r: Record<string, string> | undefined, where: string): Record<string, string> =>
    Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, expand(v, `${where}.${k}`)]));
  const login = auth.login && {
    url: new URL(auth.login.url, target).href,
    method: auth.login.method ?? 'POST',
    fields: expandAll(auth.login.fields, 'login.fields'),
    ...(auth.login.loggedIn && { loggedIn: new RegExp(auth.login.loggedIn, 'i') }),
    ...(auth.login.loggedOut && { loggedOut: new RegExp(auth.login.loggedOut, 'i') }),
  };
  return { headers: expandAll(auth.headers, 'headers'), cookies: expandAll(auth.cookies, 'cookies'), ...(login && { login }) };
}

const SECRET_FIELD = /pass|secret|token|key|pin|otp/i;

/** Values that must never appear in evidence: configured header and cookie values, password-like login fields. */
export function configuredSecrets(auth: AuthOptions): string[] {
  const fields = Object.entries(auth.login?.fields ?? {}).filter(([name]) => SECRET_FIELD.test(name));
  const values = [...Object.values(auth.headers), ...Object.values(auth.cookies), ...fields.map(([, v]) => v)];
  return values.filter((v) => v.length >= 4);
}
