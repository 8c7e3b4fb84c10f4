import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExternalServiceError } from '../../../core/errors.js';
import { startEcrServer, useTestAwsEnv, type EcrServer } from '../testdata/ecr-server.js';
import { ecrCredentials, ecrRegistry } from './ecr.js';
import { defaultCredentials } from './open.js';

let ecr: EcrServer;
let restoreEnv: () => void;

beforeAll(async () => {
  ecr = await startEcrServer();
  restoreEnv = useTestAwsEnv();
});
afterAll(async () => {
  restoreEnv();
  await ecr.stop();
});

describe('ECR', () => {
  it.each([
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com', { account: '123456789012', region: 'eu-west-1' }],
    ['123456789012.dkr.ecr-fips.us-east-1.amazonaws.com', { account: '123456789012', region: 'us-east-1' }],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', { account: '123456789012', region: 'cn-north-1' }],
    ['12345.dkr.ecr.eu-west-1.amazonaws.com', undefined],
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.io', undefined],
    ['ghcr.io', undefined],
  ])('detects %s', (host, expected) => {
    expect(ecrRegistry(host)).toEqual(expected);
  });

  it('gets the registry password with a SigV4-signed GetAuthorizationToken in the registry region', async () => {
    ecr.answer = { token: 'AWS:ecr-password-1' };
    const cred = await defaultCredentials('111111111111.dkr.ecr.eu-west-1.amazonaws.com', { ecrEndpoint: ecr.endpoint });
    expect(cred).toEqual({ username: 'AWS', password: 'ecr-password-1' });
    const last = ecr.requests.at(-1)!;
    expect(last.target).toBe('AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken');
    expect(last.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDPATCHLINETEST\/\d{8}\/eu-west-1\/ecr\/aws4_request/);
  });

  it('caches the token until it nears expiry', async () => {
    ecr.answer = { token: 'AWS:ecr-password-2' };
    const registry = { account: '222222222222', region: 'us-east-2' };
    const before = ecr.requests.length;
    await ecrCredentials(registry, { endpoint: ecr.endpoint });
    expect(await ecrCredentials(registry, { endpoint: ecr.endpoint })).toEqual({ username: 'AWS', password: 'ecr-password-2' });
    expect(ecr.requests.length - before).toBe(1);
  });

  it('explains refused AWS credentials without echoing them', async () => {
    ecr.answer = { error: 'UnrecognizedClientException', status: 400 };
    const err = await ecrCredentials({ account: '333333333333', region: 'eu-central-1' }, { endpoint: ecr.endpoint }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExternalServiceError);
    expect((err as Error).message).toMatch(/cannot get an ECR token for account 333333333333 in eu-central-1 \(UnrecognizedClientException\); configure AWS credentials/);
    expect((err as Error).message).not.toContain('test-secret-key');
  });

  it('leaves other registries to the Docker config', async () => {
    const before = ecr.requests.length;
    expect(await defaultCredentials('ghcr.io', { ecrEndpoint: ecr.endpoint, dockerConfigPath: '/nonexistent/config.json' })).toBeUndefined();
    expect(ecr.requests.length).toBe(before);
  });
});
