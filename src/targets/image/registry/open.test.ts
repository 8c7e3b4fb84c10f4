import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PatchlineError } from '../../../core/errors.js';
import { buildTestImage, hasImageTools, skopeoCopy, type TestImage } from '../../../testing/test-image.js';
import { startRegistry, TEST_IDENTITY_TOKEN, TEST_USER, type RegistryAuth, type TestRegistry } from '../../../testing/test-registry.js';
import { openImage } from '../open-image.js';
import { startEcrServer, useTestAwsEnv } from '../testdata/ecr-server.js';
import { readLayerEntries } from '../testdata/read-layer.js';
import { ecrCredentials } from './ecr.js';
import { openRegistryImage } from './open.js';

const tools = await hasImageTools();
let dir: string;
let built: TestImage;
let layoutDigest: string;
const registries = {} as Record<RegistryAuth, TestRegistry>;

async function dockerConfig(name: string, content: object): Promise<string> {
  const file = path.join(dir, name, 'config.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(content));
  return file;
}

const basicAuth = Buffer.from(`${TEST_USER.username}:${TEST_USER.password}`).toString('base64');

beforeAll(async () => {
  if (!tools) return;
  dir = await mkdtemp(path.join(tmpdir(), 'patchline-registry-'));
  built = await buildTestImage(path.join(dir, 'img'));
  layoutDigest = JSON.parse(await readFile(path.join(built.layout, 'index.json'), 'utf8')).manifests[0].digest;
  for (const auth of ['none', 'basic', 'token'] as const) {
    registries[auth] = await startRegistry(path.join(dir, `registry-${auth}`), auth);
    const creds = auth === 'none' ? [] : ['--dest-creds', `${TEST_USER.username}:${TEST_USER.password}`];
    await skopeoCopy(`oci:${built.layout}:test`, `docker://${registries[auth].host}/test/app:1`, ['--dest-tls-verify=false', ...creds]);
  }
}, 180_000);
afterAll(async () => {
  await Promise.all(Object.values(registries).map((r) => r.stop()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function expectPulled(ref: string, insecure: string[], dockerConfigPath?: string): Promise<void> {
  const image = await openImage(ref, { insecureRegistries: insecure, ...(dockerConfigPath ? { dockerConfigPath } : {}) });
  expect(image.digest).toBe(layoutDigest);
  expect(image.config).toMatchObject({ workingDir: '/app', cmd: ['python3', 'app.py'] });
  const files = await Promise.all(image.layers.map((l) => readLayerEntries(image, l)));
  expect(files.map((f) => f.filter((n) => !n.endsWith('/')).sort())).toEqual(built.layerFiles);
  await image.close();
}

describe.skipIf(!tools)('registry images served by docker-registry', () => {
  it('pulls anonymously by tag and by digest, every blob verified', async () => {
    const { host, insecure } = registries.none;
    await expectPulled(`${host}/test/app:1`, insecure);
    await expectPulled(`docker://${host}/test/app@${layoutDigest}`, insecure);
  });

  it('speaks plain HTTP only to hosts the user named insecure', async () => {
    const err = await openImage(`${registries.none.host}/test/app:1`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PatchlineError);
    expect((err as Error).message).toMatch(/cannot reach 127\.0\.0\.1:\d+ over HTTPS \(\w+\); if it is a plain-HTTP registry you trust, pass it with --insecure-registry 127\.0\.0\.1:\d+\./);
  });

  it('says what to do for a missing tag', async () => {
    const { host, insecure } = registries.none;
    await expect(openImage(`${host}/test/app:nope`, { insecureRegistries: insecure })).rejects.toThrow(/was not found .* check the repository, tag or digest/);
  });

  it('uses basic auth from ~/.docker/config.json auths, and asks for docker login without it', async () => {
    const { host, insecure } = registries.basic;
    await expectPulled(`${host}/test/app:1`, insecure, await dockerConfig('basic-ok', { auths: { [host]: { auth: basicAuth } } }));
    const none = await dockerConfig('basic-none', { auths: {} });
    await expect(openImage(`${host}/test/app:1`, { insecureRegistries: insecure, dockerConfigPath: none })).rejects.toThrow(`requires authentication; run \`docker login ${host}\``);
    const wrong = await dockerConfig('basic-wrong', { auths: { [host]: { auth: Buffer.from('patchline:nope').toString('base64') } } });
    const err = await openImage(`${host}/test/app:1`, { insecureRegistries: insecure, dockerConfigPath: wrong }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/refused access .*docker login/);
    expect((err as Error).message).not.toContain('nope');
  });

  it('gets credentials from a credential helper (credHelpers and credsStore)', async () => {
    const { host, insecure } = registries.basic;
    const bin = path.join(dir, 'bin');
    await mkdir(bin, { recursive: true });
    const helper = path.join(bin, 'docker-credential-patchtest');
    await writeFile(helper, `#!/bin/sh\nread server\n[ "$server" = "${host}" ] || { echo "credentials not found in native keychain"; exit 1; }\necho '{"ServerURL":"'$server'","Username":"${TEST_USER.username}","Secret":"${TEST_USER.password}"}'\n`);
    await chmod(helper, 0o755);
    const oldPath = process.env.PATH;
    process.env.PATH = `${bin}:${oldPath}`;
    try {
      await expectPulled(`${host}/test/app:1`, insecure, await dockerConfig('helper', { credHelpers: { [host]: 'patchtest' } }));
      await expectPulled(`${host}/test/app:1`, insecure, await dockerConfig('store', { auths: { [host]: {} }, credsStore: 'patchtest' }));
    } finally {
      process.env.PATH = oldPath;
    }
  });

  it('pulls with an ECR token (GetAuthorizationToken from a local ECR API) as the basic credentials', async () => {
    const ecr = await startEcrServer();
    const restore = useTestAwsEnv();
    try {
      ecr.answer = { token: `${TEST_USER.username}:${TEST_USER.password}` };
      const { host, insecure } = registries.basic;
      const image = await openRegistryImage(`${host}/test/app:1`, {
        insecureRegistries: insecure,
        credentials: () => ecrCredentials({ account: '444444444444', region: 'eu-west-3' }, { endpoint: ecr.endpoint }),
      });
      expect(image.digest).toBe(layoutDigest);
      expect(ecr.requests).toHaveLength(1);
    } finally {
      restore();
      await ecr.stop();
    }
  });

  it('follows the bearer-token challenge to the token service with the registry credentials', async () => {
    const { host, insecure, tokenServer } = registries.token;
    const before = tokenServer!.requests.length;
    await expectPulled(`${host}/test/app:1`, insecure, await dockerConfig('token', { auths: { [host]: { auth: basicAuth } } }));
    const asked = tokenServer!.requests.slice(before);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.authorization).toBe(`Basic ${basicAuth}`);
    expect(new URLSearchParams(asked[0]!.query).get('scope')).toBe('repository:test/app:pull');
  });

  it('exchanges an identity token (docker login to an OAuth2 registry) by the refresh-token grant', async () => {
    const { host, insecure, tokenServer } = registries.token;
    const before = tokenServer!.requests.length;
    await expectPulled(`${host}/test/app:1`, insecure, await dockerConfig('identity', { auths: { [host]: { identitytoken: TEST_IDENTITY_TOKEN } } }));
    const asked = tokenServer!.requests.slice(before);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.authorization).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(asked[0]!.form))).toMatchObject({ grant_type: 'refresh_token', refresh_token: TEST_IDENTITY_TOKEN, scope: 'repository:test/app:pull' });
  });

  it('does not send credentials to a token realm over plain HTTP unless it is named insecure', async () => {
    const { host, tokenServer } = registries.token;
    const config = await dockerConfig('token-strict', { auths: { [host]: { auth: basicAuth } } });
    const before = tokenServer!.requests.length;
    await expect(openImage(`${host}/test/app:1`, { insecureRegistries: [host], dockerConfigPath: config })).rejects.toThrow(/over plain HTTP; refusing to send credentials there/);
    expect(tokenServer!.requests.length).toBe(before);
  });
});
