import { spawn } from 'node:child_process';
import { ConfigError } from '../../../core/errors.js';
import type { Credential } from './credentials.js';

const HELPER_NAME = /^[a-z0-9][a-z0-9_.-]*$/i;
const MAX_OUTPUT = 64 * 1024;
const TIMEOUT_MS = 15_000;

/**
 * Asks `docker-credential-<name> get` for a host's credentials (the Docker credential-helper protocol:
 * the server URL on stdin, `{Username, Secret}` on stdout). Undefined when the helper has none.
 */
export async function credentialsFromHelper(name: string, serverUrl: string): Promise<Credential | undefined> {
  if (!HELPER_NAME.test(name)) throw new ConfigError(`docker config names a credential helper "${name}" that is not a plain name; fix credHelpers/credsStore.`);
  const program = `docker-credential-${name}`;
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    const child = spawn(program, ['get'], { stdio: ['pipe', 'pipe', 'ignore'], timeout: TIMEOUT_MS });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      if (out.length > MAX_OUTPUT) child.kill();
    });
    child.on('error', (err) => reject(new ConfigError(`cannot run ${program} (${(err as NodeJS.ErrnoException).code}); install it or remove it from your docker config.`, { cause: err })));
    child.on('close', (c) => resolve({ code: c, stdout: out }));
    child.stdin.end(serverUrl);
  });
  if (code !== 0) {
    if (/credentials not found/i.test(stdout)) return undefined;
    throw new ConfigError(`${program} get failed (exit ${code}) for ${serverUrl}; run \`docker login\` again or check the helper.`);
  }
  let parsed: { Username?: unknown; Secret?: unknown };
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch {
    throw new ConfigError(`${program} get printed something that is not JSON; check the helper.`);
  }
  if (typeof parsed.Username !== 'string' || typeof parsed.Secret !== 'string' || !parsed.Secret) return undefined;
  return { username: parsed.Username, password: parsed.Secret };
}
