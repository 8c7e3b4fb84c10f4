import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';
import { parseDuration } from './config-dast.js';
import { configProblem } from '../testing/config-problem.js';

describe('patchline.yaml dast section', () => {
  it('accepts scope, limits, methods and auth with a login recipe', async () => {
    const config = await parseConfig(`
dast:
  scope: { include: ["/app/**"], exclude: ["**/logout"] }
  limits: { maxRequests: 500, maxPages: 50, maxDepth: 3, maxDuration: 2m, concurrency: 2, requestsPerSecond: 10, timeout: 5s, maxBodySize: 512KiB, maxErrors: 10 }
  methods: [PUT]
  auth:
    headers: { Authorization: "Bearer \${APP_TOKEN}" }
    login: { url: /login, fields: { username: alice, password: secret }, loggedOut: "Log in" }
`);
    expect(config.dast?.auth?.login?.fields).toEqual({ username: 'alice', password: 'secret' });
    expect(parseDuration(config.dast?.limits?.maxDuration, 0)).toBe(120_000);
    expect(parseDuration(config.dast?.limits?.timeout, 0)).toBe(5000);
  });

  it('names the key and suggests the fix', async () => {
    expect(await configProblem('dast:\n  limits: { maxRequest: 10 }\n')).toContain("dast.limits: unknown key 'maxRequest' — did you mean 'maxRequests'?");
    expect(await configProblem('dast:\n  auth: { login: { url: x, fields: {} } }\n')).toContain('dast.auth.login.url: a path such as /login, or the absolute URL');
    expect(await configProblem('dast:\n  methods: [TRACE]\n')).toContain('dast.methods[0]: "TRACE" is not allowed; use one of PUT, DELETE, PATCH');
    expect(await configProblem('dast:\n  auth: { login: { url: "http://h/login", fields: {}, loggedOut: "(" } }\n')).toContain('dast.auth.login.loggedOut: a valid regular expression');
    expect(await configProblem('dast:\n  limits: { timeout: soon }\n')).toContain('dast.limits.timeout');
  });
});
