import { z } from 'zod';

/** The `dast:` section of patchline.yaml: what a scan of a running application may touch, and how much. */

export const DURATION = /^\d+(\.\d+)?\s*(ms|s|m|h)?$/i;

const DurationSchema = z.union([
  z.number().positive(),
  z.string().regex(DURATION, 'a duration such as 90s, 5m or 500ms (a bare number is seconds)'),
]);

const RegexSchema = z.string().refine((s) => {
  try {
    new RegExp(s, 'i');
    return true;
  } catch {
    return false;
  }
}, 'a valid regular expression');

const GlobListSchema = z.array(z.string().min(1), { error: 'a list of URL path globs, e.g. ["/admin/**", "**/logout"]' });

const LoginSchema = z.strictObject({
  /** Where the login form posts to: a path on the scanned origin (/login) or an absolute URL on it. */
  url: z.string().refine((v) => v.startsWith('/') || URL.canParse(v), 'a path such as /login, or the absolute URL the login form posts to'),
  method: z.enum(['GET', 'POST']).optional(),
  /** Form fields sent as application/x-www-form-urlencoded; `${ENV_VAR}` is read from the environment. */
  fields: z.record(z.string(), z.string(), { error: 'the form fields to send, e.g. { username: alice, password: "${APP_PASSWORD}" }' }),
  /** A response body matching this means the session is still alive. */
  loggedIn: RegexSchema.optional(),
  /** A response body matching this (or a redirect to the login URL) means the session dropped: log in again. */
  loggedOut: RegexSchema.optional(),
});

export const DastConfigSchema = z.strictObject({
  scope: z
    .strictObject({
      /** Only paths matching one of these are requested (default: every path of the target origin). */
      include: GlobListSchema.optional(),
      /** Paths never requested, e.g. ["**\/logout", "/admin/delete/**"]. */
      exclude: GlobListSchema.optional(),
    })
    .optional(),
  limits: z
    .strictObject({
      maxRequests: z.number().int().positive().optional(),
      maxPages: z.number().int().positive().optional(),
      maxDepth: z.number().int().nonnegative().optional(),
      maxDuration: DurationSchema.optional(),
      concurrency: z.number().int().min(1).max(32, 'at most 32 requests at a time').optional(),
      requestsPerSecond: z.number().positive().optional(),
      timeout: DurationSchema.optional(),
      maxBodySize: z.union([z.number().int().positive(), z.string().regex(/^\d+(\.\d+)?\s*(B|KB|KiB|MB|MiB)?$/i, 'a size such as 1MB or 512KiB')]).optional(),
      /** Consecutive 5xx answers or timeouts after which the scan stops. */
      maxErrors: z.number().int().positive().optional(),
    })
    .optional(),
  /** Methods allowed beyond GET, HEAD, POST and OPTIONS (destructive ones are off unless listed). */
  methods: z.array(z.enum(['PUT', 'DELETE', 'PATCH'])).optional(),
  auth: z
    .strictObject({
      headers: z.record(z.string(), z.string()).optional(),
      cookies: z.record(z.string(), z.string()).optional(),
      login: LoginSchema.optional(),
    })
    .optional(),
});
export type DastConfig = z.infer<typeof DastConfigSchema>;

/** Keys of each `dast` subsection, for "did you mean" hints. */
export const DAST_KNOWN_KEYS: Record<string, string[]> = {
  dast: ['scope', 'limits', 'methods', 'auth'],
  'dast.scope': ['include', 'exclude'],
  'dast.limits': ['maxRequests', 'maxPages', 'maxDepth', 'maxDuration', 'concurrency', 'requestsPerSecond', 'timeout', 'maxBodySize', 'maxErrors'],
  'dast.auth': ['headers', 'cookies', 'login'],
  'dast.auth.login': ['url', 'method', 'fields', 'loggedIn', 'loggedOut'],
};

/** Milliseconds from a config duration (a bare number is seconds). */
export function parseDuration(value: number | string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  if (typeof value === 'number') return value * 1000;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim())!;
  const unit = (m[2] ?? 's').toLowerCase();
  const factor = unit === 'ms' ? 1 : unit === 'm' ? 60_000 : unit === 'h' ? 3_600_000 : 1000;
  return Math.round(Number(m[1]) * factor);
}
