import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server on 127.0.0.1 for the SonarQube client tests; every request is recorded. */
export interface FakeServer {
  url: string;
  requests: { path: string; params: URLSearchParams; authorization: string | undefined }[];
  close(): Promise<void>;
}

export type Handler = (url: URL, req: IncomingMessage, res: ServerResponse) => void;

export async function startServer(handler: Handler): Promise<FakeServer> {
  const requests: FakeServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname, params: url.searchParams, authorization: req.headers.authorization });
    handler(url, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export const TOKEN = 'squ_0f4c2d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';
export const ISSUE_TOTAL = 1203;
const RULES = ['pythonsecurity:S3649', 'pythonsecurity:S2076', 'python:S4507', 'python:S1144'];
const SEVERITIES = ['BLOCKER', 'CRITICAL', 'MAJOR', 'MINOR'];

/** Authorized as SonarQube documents it: HTTP Basic with the token as user and an empty password, or Bearer. */
function authorized(req: IncomingMessage): boolean {
  const h = req.headers.authorization ?? '';
  return h === `Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}` || h === `Bearer ${TOKEN}`;
}

function issue(n: number): Record<string, unknown> {
  const rule = RULES[n % RULES.length]!;
  return {
    key: `AX-${n}`,
    rule,
    severity: SEVERITIES[n % SEVERITIES.length],
    component: `shop:src/module${n % 7}.py`,
    project: 'shop',
    line: n + 1,
    hash: `h${n}`,
    textRange: { startLine: n + 1, endLine: n + 1, startOffset: 4, endOffset: 20 },
    status: 'OPEN',
    message: `issue ${n}`,
    // One in four is a code smell the server returns anyway (as an MQR server would without a type filter).
    type: rule === 'python:S1144' ? 'CODE_SMELL' : 'VULNERABILITY',
    tags: [],
  };
}

/** Answers api/issues/search, api/hotspots/search and api/qualitygates/project_status for project `shop`. */
export const sonarqube: Handler = (url, req, res) => {
  if (!authorized(req)) return sendJson(res, 401, { errors: [{ msg: 'Authentication is required' }] });
  const project = url.searchParams.get('components') ?? url.searchParams.get('project') ?? url.searchParams.get('projectKey');
  if (project !== 'shop') return sendJson(res, 404, { errors: [{ msg: `Component key '${project}' not found` }] });
  const p = Number(url.searchParams.get('p') ?? '1');
  const ps = Math.min(500, Number(url.searchParams.get('ps') ?? '100'));
  switch (url.pathname) {
    case '/api/issues/search': {
      const from = (p - 1) * ps;
      const issues = Array.from({ length: Math.max(0, Math.min(ps, ISSUE_TOTAL - from)) }, (_, i) => issue(from + i));
      return sendJson(res, 200, {
        paging: { pageIndex: p, pageSize: ps, total: ISSUE_TOTAL },
        issues,
        components: [{ key: 'shop', qualifier: 'TRK' }],
        rules: [{ key: 'pythonsecurity:S3649', name: 'Database queries should not be vulnerable to injection attacks' }],
      });
    }
    case '/api/hotspots/search':
      return sendJson(res, 200, {
        paging: { pageIndex: 1, pageSize: ps, total: 2 },
        hotspots: [
          { key: 'HS-1', component: 'shop:src/settings.py', project: 'shop', securityCategory: 'insecure-conf', vulnerabilityProbability: 'LOW', status: 'TO_REVIEW', line: 3, message: 'Make sure this debug feature is deactivated before delivering the code in production.', ruleKey: 'python:S4507' },
          { key: 'HS-2', component: 'shop:src/auth.py', project: 'shop', securityCategory: 'auth', vulnerabilityProbability: 'HIGH', status: 'REVIEWED', resolution: 'SAFE', line: 12, message: '"password" detected here, make sure this is not a hard-coded credential.', ruleKey: 'python:S2068' },
        ],
        components: [{ key: 'shop:src/settings.py', path: 'src/settings.py' }],
      });
    case '/api/qualitygates/project_status':
      return sendJson(res, 200, {
        projectStatus: {
          status: 'ERROR',
          conditions: [
            { status: 'ERROR', metricKey: 'new_security_rating', comparator: 'GT', errorThreshold: '1', actualValue: '5' },
            { status: 'OK', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '91.2' },
          ],
        },
      });
    default:
      return sendJson(res, 404, { errors: [{ msg: 'Unknown url' }] });
  }
};
