import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTokenServer, type TokenServer } from './test-token-server.js';

/** The account of the authenticated test registries. */
export const TEST_USER = { username: 'patchline', password: 's3cret-pw' };
/** The refresh token the token server accepts, as `docker login` stores it for OAuth2 registries. */
export const TEST_IDENTITY_TOKEN = 'patchline-refresh-token-0123456789';
// `htpasswd -nbB patchline s3cret-pw` (docker-registry only accepts bcrypt).
const HTPASSWD = 'patchline:$2y$05$/CuqOLxdt/RYe6IuM80NTOa6JMU/17LJ0IVanAx1Y./cAWOUJ95t.\n';

export type RegistryAuth = 'none' | 'basic' | 'token';

export interface TestRegistry {
  /** `127.0.0.1:PORT` */
  host: string;
  /** Hosts to pass as insecure (the registry, and the token server when there is one). */
  insecure: string[];
  tokenServer?: TokenServer;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitUntilServing(host: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}): ${stderr()}`);
    const up = await fetch(`http://${host}/v2/`).then(() => true, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`docker-registry did not start on ${host}: ${stderr()}`);
}

async function authSection(auth: RegistryAuth, dir: string): Promise<{ yaml: string; tokenServer?: TokenServer }> {
  if (auth === 'basic') {
    await writeFile(path.join(dir, 'htpasswd'), HTPASSWD);
    return { yaml: `auth:\n  htpasswd:\n    realm: patchline-test\n    path: ${path.join(dir, 'htpasswd')}\n` };
  }
  if (auth === 'token') {
    const key = path.join(dir, 'token.key');
    const cert = path.join(dir, 'token.crt');
    await promisify(execFile)('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=patchline-token']);
    const tokenServer = await startTokenServer({ keyPem: await readFile(key, 'utf8'), certPem: await readFile(cert, 'utf8'), user: TEST_USER, identityToken: TEST_IDENTITY_TOKEN, issuer: 'patchline-test', service: 'test-registry' });
    return {
      tokenServer,
      yaml: `auth:\n  token:\n    realm: ${tokenServer.url}/token\n    service: test-registry\n    issuer: patchline-test\n    rootcertbundle: ${cert}\n`,
    };
  }
  return { yaml: '' };
}

/** Starts Debian's docker-registry (the Distribution reference server) on 127.0.0.1, storage in `dir`. */
export async function startRegistry(dir: string, auth: RegistryAuth = 'none'): Promise<TestRegistry> {
  await mkdir(dir, { recursive: true });
  const host = `127.0.0.1:${await freePort()}`;
  const section = await authSection(auth, dir);
  const config = path.join(dir, 'config.yml');
  await writeFile(
    config,
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${path.join(dir, 'data')}\nhttp:\n  addr: ${host}\n${section.yaml}`,
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await section.tokenServer?.stop();
  };
  try {
    await waitUntilServing(host, child, () => err);
  } catch (e) {
    await stop();
    throw e;
  }
  const insecure = section.tokenServer ? [host, section.tokenServer.host] : [host];
  return { host, insecure, ...(section.tokenServer ? { tokenServer: section.tokenServer } : {}), stop };
}
