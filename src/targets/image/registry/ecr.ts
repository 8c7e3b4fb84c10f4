import { ExternalServiceError } from '../../../core/errors.js';
import type { Credential } from './credentials.js';

const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;

export interface EcrRegistry {
  account: string;
  region: string;
}

/** `<account>.dkr.ecr.<region>.amazonaws.com` (also -fips and .cn) → its account and region. */
export function ecrRegistry(host: string): EcrRegistry | undefined {
  const m = ECR_HOST.exec(host);
  return m ? { account: m[1]!, region: m[2]! } : undefined;
}

export interface EcrOptions {
  /** The ECR API endpoint (tests, VPC endpoints); default AWS's, or $PATCHLINE_ECR_ENDPOINT. */
  endpoint?: string;
  timeoutMs?: number;
}

const cache = new Map<string, { credential: Credential; expires: number }>();

function explain(err: unknown, registry: EcrRegistry): ExternalServiceError {
  const name = (err as Error).name ?? '';
  const hint = /Credential|ExpiredToken|UnrecognizedClient|InvalidSignature/i.test(`${name} ${(err as Error).message}`)
    ? 'configure AWS credentials (AWS_PROFILE, `aws sso login`, environment variables or an instance role)'
    : 'check that the identity may call ecr:GetAuthorizationToken in that region';
  return new ExternalServiceError(`cannot get an ECR token for account ${registry.account} in ${registry.region} (${name || (err as Error).message}); ${hint}.`, { cause: err });
}

/**
 * ECR's registry password: GetAuthorizationToken with the AWS SDK's default credential chain; the token
 * is base64 `AWS:<password>` and serves as basic auth for 12 hours (cached until shortly before).
 */
export async function ecrCredentials(registry: EcrRegistry, options: EcrOptions = {}): Promise<Credential> {
  const endpoint = options.endpoint ?? process.env.PATCHLINE_ECR_ENDPOINT;
  const key = `${registry.account}/${registry.region}/${endpoint ?? ''}`;
  const hit = cache.get(key);
  if (hit && hit.expires > Date.now()) return hit.credential;
  const [{ ECRClient, GetAuthorizationTokenCommand }, { NodeHttpHandler }] = await Promise.all([import('@aws-sdk/client-ecr'), import('@smithy/node-http-handler')]);
  const client = new ECRClient({
    region: registry.region,
    ...(endpoint ? { endpoint } : {}),
    requestHandler: new NodeHttpHandler({ requestTimeout: options.timeoutMs ?? 30_000, connectionTimeout: options.timeoutMs ?? 30_000 }),
  });
  let data;
  try {
    data = (await client.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0];
  } catch (err) {
    throw explain(err, registry);
  } finally {
    client.destroy();
  }
  const decoded = Buffer.from(data?.authorizationToken ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) throw new ExternalServiceError(`ECR returned no usable authorization token for ${registry.account} in ${registry.region}; try again.`);
  const credential = { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  const expires = (data?.expiresAt?.getTime() ?? Date.now() + 3_600_000) - 300_000;
  cache.set(key, { credential, expires });
  return credential;
}
