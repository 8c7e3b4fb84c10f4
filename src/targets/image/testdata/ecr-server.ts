import { createServer } from 'node:http';

export interface EcrServer {
  endpoint: string;
  requests: { target?: string; authorization?: string; body: string }[];
  /** The `user:password` the next GetAuthorizationToken hands out, or an AWS error to answer with. */
  answer: { token: string } | { error: string; status: number };
  stop(): Promise<void>;
}

/** A local server speaking ECR's JSON 1.1 API (just GetAuthorizationToken), as the SDK calls it. */
export async function startEcrServer(): Promise<EcrServer> {
  const ecr: EcrServer = { endpoint: '', requests: [], answer: { token: 'AWS:ecr-password' }, stop: async () => undefined };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      ecr.requests.push({ target: req.headers['x-amz-target'] as string | undefined, authorization: req.headers.authorization, body });
      const json = { 'content-type': 'application/x-amz-json-1.1' };
      if (req.headers['x-amz-target'] !== 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken') {
        res.writeHead(400, json).end(JSON.stringify({ __type: 'UnknownOperationException' }));
      } else if ('error' in ecr.answer) {
        res.writeHead(ecr.answer.status, json).end(JSON.stringify({ __type: ecr.answer.error, message: 'The security token included in the request is invalid.' }));
      } else {
        const token = Buffer.from(ecr.answer.token).toString('base64');
        res.writeHead(200, json).end(JSON.stringify({ authorizationData: [{ authorizationToken: token, expiresAt: Date.now() / 1000 + 43200, proxyEndpoint: 'https://x' }] }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ecr.endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  ecr.stop = () => new Promise((resolve) => server.close(() => resolve()));
  return ecr;
}

/** Static AWS credentials in the environment (the SDK's first provider), and no instance-metadata lookups. */
export function useTestAwsEnv(): () => void {
  const keys = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_EC2_METADATA_DISABLED'] as const;
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDPATCHLINETEST', AWS_SECRET_ACCESS_KEY: 'test-secret-key', AWS_EC2_METADATA_DISABLED: 'true' });
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  return () => {
    for (const k of keys) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  };
}
