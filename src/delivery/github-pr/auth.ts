import { createPrivateKey, createSign, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigError, errorMessage } from '../../core/errors.js';
import type { FixConfig } from '../../core/config-fix.js';
import { githubClient, withRetry, type RetryPolicy } from './client.js';

type GitHubConfig = NonNullable<FixConfig['github']>;
type AppConfig = NonNullable<GitHubConfig['app']>;

export interface RepoId {
  owner: string;
  repo: string;
}

/**
 * The token pull requests are opened with: a GitHub App's installation token when an App is configured
 * (a JWT signed with its private key, exchanged as GitHub documents), else the token in the environment.
 */
export async function githubToken(
  github: GitHubConfig | undefined,
  repo: RepoId,
  env: NodeJS.ProcessEnv,
  options: { apiUrl: string; version: string; retry?: RetryPolicy; now?: () => number },
): Promise<string> {
  if (github?.app) return installationToken(github.app, repo, env, options);
  const name = github?.tokenEnv ?? 'GITHUB_TOKEN';
  const token = env[name]?.trim();
  if (!token) {
    throw new ConfigError(`--pr needs a GitHub token: set ${name} (a token with contents: write and pull-requests: write), or configure a GitHub App under fix.github.app`);
  }
  return token;
}

async function installationToken(
  app: AppConfig,
  repo: RepoId,
  env: NodeJS.ProcessEnv,
  options: { apiUrl: string; version: string; retry?: RetryPolicy; now?: () => number },
): Promise<string> {
  const key = await privateKey(app, env);
  const jwt = appJwt(String(app.appId), key, Math.floor((options.now ?? Date.now)() / 1000));
  const client = githubClient(jwt, options.apiUrl, options.version);
  const installationId =
    app.installationId ??
    (await withRetry('app installation lookup', () => client.rest.apps.getRepoInstallation({ owner: repo.owner, repo: repo.repo }), options.retry)).data.id;
  const res = await withRetry('app installation token', () => client.rest.apps.createInstallationAccessToken({ installation_id: installationId }), options.retry);
  return res.data.token;
}

async function privateKey(app: AppConfig, env: NodeJS.ProcessEnv): Promise<KeyObject> {
  let pem: string | undefined;
  if (app.privateKeyEnv) pem = env[app.privateKeyEnv];
  else if (app.privateKeyFile) pem = await readFile(app.privateKeyFile, 'utf8').catch(() => undefined);
  const where = app.privateKeyEnv ? `environment variable ${app.privateKeyEnv}` : `file ${app.privateKeyFile}`;
  if (!pem?.trim()) throw new ConfigError(`the GitHub App private key is missing: nothing in ${where}`);
  try {
    return createPrivateKey(pem.replace(/\\n/g, '\n'));
  } catch (err) {
    throw new ConfigError(`the GitHub App private key in ${where} is not a PEM private key (${errorMessage(err)}); download a new one from the App's settings`);
  }
}

/** The App's JWT (RS256): issued a minute in the past against clock drift, valid for nine minutes. */
export function appJwt(appId: string, key: KeyObject, nowSeconds: number): string {
  const encode = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iat: nowSeconds - 60, exp: nowSeconds + 540, iss: appId })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(key).toString('base64url');
  return `${unsigned}.${signature}`;
}
