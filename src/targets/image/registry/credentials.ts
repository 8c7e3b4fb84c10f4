import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../../core/errors.js';
import { credentialsFromHelper } from './cred-helper.js';
import { credentialKeys } from './reference.js';

export interface Credential {
  username: string;
  password: string;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

const MAX_CONFIG_BYTES = 1024 * 1024;

export function defaultDockerConfigPath(): string {
  return path.join(process.env.DOCKER_CONFIG ?? path.join(homedir(), '.docker'), 'config.json');
}

async function loadDockerConfig(file: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(`cannot read docker config ${file} (${(err as NodeJS.ErrnoException).code}); fix its permissions or set DOCKER_CONFIG.`, { cause: err });
  }
  if (text.length > MAX_CONFIG_BYTES) throw new ConfigError(`docker config ${file} is larger than 1 MiB; is it the right file?`);
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as DockerConfig) : {};
  } catch {
    // Never echo the file: it holds credentials.
    throw new ConfigError(`docker config ${file} is not valid JSON; fix it or run \`docker login\` again.`);
  }
}

function decodeAuth(entry: NonNullable<DockerConfig['auths']>[string], file: string): Credential | undefined {
  if (entry.identitytoken) return { username: '<token>', password: entry.identitytoken };
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  if (!entry.auth) return undefined;
  const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) throw new ConfigError(`docker config ${file}: an "auth" entry is not base64 of user:password; run \`docker login\` again.`);
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The credentials the Docker CLI would use for `host`: credHelpers, then auths, then credsStore. */
export async function dockerCredentials(host: string, file = defaultDockerConfigPath()): Promise<Credential | undefined> {
  const config = await loadDockerConfig(file);
  if (!config) return undefined;
  const keys = credentialKeys(host);
  const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean);
  if (helper) return credentialsFromHelper(helper, keys[0]!);
  const entryKey = keys.find((k) => config.auths?.[k]);
  const inline = entryKey ? decodeAuth(config.auths![entryKey]!, file) : undefined;
  if (inline) return inline;
  return config.credsStore ? credentialsFromHelper(config.credsStore, keys[0]!) : undefined;
}
