import { ExternalServiceError } from '../../../core/errors.js';
import type { Challenge } from './challenge.js';
import type { Credential } from './credentials.js';
import { httpGet, readBody, type RegistryTuning } from './http.js';

const MAX_TOKEN_RESPONSE = 1024 * 1024;

export function basicAuthorization(cred: Credential): string {
  return `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`;
}

export interface TokenRequest {
  challenge: Challenge;
  /** `repository:NAME:pull` unless the challenge names one. */
  scope: string;
  registryHost: string;
  credential?: Credential;
  /** Hosts that may be spoken to over plain HTTP (the user's --insecure-registry list). */
  insecure: ReadonlySet<string>;
  tuning: RegistryTuning;
  signal?: AbortSignal;
}

/** `docker login` against some registries (ACR, Harbor with OIDC) stores an identity token, user `<token>`: it is exchanged by the OAuth2 refresh-token grant. */
function identityTokenForm(req: TokenRequest, realm: URL): URLSearchParams | undefined {
  if (req.credential?.username !== '<token>') return undefined;
  return new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: req.credential.password,
    service: realm.searchParams.get('service') ?? '',
    scope: realm.searchParams.get('scope') ?? req.scope,
    client_id: 'patchline',
  });
}

/**
 * The bearer-token step of the Distribution auth flow: GET the challenge's realm with service and scope.
 * The realm is the registry's own token service, so the registry's credentials go there — but only over
 * HTTPS, unless the user marked that realm host insecure.
 */
export async function fetchBearerToken(req: TokenRequest): Promise<string> {
  const { challenge, registryHost } = req;
  let realm: URL;
  try {
    realm = new URL(challenge.params.realm ?? '');
  } catch {
    throw new ExternalServiceError(`${registryHost} asked for a bearer token without a valid realm URL; the registry is misconfigured.`);
  }
  const plainOk = realm.protocol === 'http:' && req.insecure.has(realm.host);
  if (realm.protocol !== 'https:' && !plainOk) {
    throw new ExternalServiceError(`${registryHost} sends token requests to ${realm.origin} over plain HTTP; refusing to send credentials there (pass --insecure-registry ${realm.host} if you trust it).`);
  }
  if (challenge.params.service) realm.searchParams.set('service', challenge.params.service);
  realm.searchParams.set('scope', challenge.params.scope ?? req.scope);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const form = identityTokenForm(req, realm);
  if (req.credential && !form) headers.Authorization = basicAuthorization(req.credential);
  const res = await httpGet(realm, headers, req.tuning, req.signal, form);
  if (res.status === 401 || res.status === 403) {
    res.discard();
    const hint = req.credential ? `the credentials for ${registryHost} were refused; run \`docker login ${registryHost}\` again` : `${registryHost} needs credentials; run \`docker login ${registryHost}\``;
    throw new ExternalServiceError(`token request to ${realm.host} failed (HTTP ${res.status}): ${hint}.`);
  }
  if (res.status !== 200) {
    res.discard();
    throw new ExternalServiceError(`token request to ${realm.host} failed (HTTP ${res.status}); try again later.`);
  }
  const bytes = await readBody(res, MAX_TOKEN_RESPONSE, `token response from ${realm.host}`);
  let body: { token?: unknown; access_token?: unknown } = {};
  try {
    body = JSON.parse(bytes.toString('utf8')) as typeof body;
  } catch {
    // reported below as a response without a token
  }
  const token = typeof body.token === 'string' ? body.token : body.access_token;
  if (typeof token !== 'string' || !token) throw new ExternalServiceError(`token response from ${realm.host} has no token; the registry's auth service is misconfigured.`);
  return token;
}
