import { GUARD_MARKS } from '../taint/sources.js';
import { codeRule, type PythonRule } from './rule.js';
import type { SinkSpec } from './support/sinks.js';
import { taintedSinkCalls, taintMatch } from './support/taint-sinks.js';

/** Quoting a value for a path or query part keeps it from changing the scheme or host; so does an allow-list of hosts. */
const URL_QUOTING = ['urllib.parse.quote', 'urllib.parse.quote_plus', 'urllib.parse.urlencode', GUARD_MARKS.host.note];
const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'stream'];

export const ssrfSinks: readonly SinkSpec[] = [
  { calls: VERBS.filter((v) => v !== 'request').flatMap((v) => [`requests.${v}`, `httpx.${v}`]), arg: { index: 0, keyword: 'url' }, sanitizers: URL_QUOTING },
  { calls: ['requests.request', 'httpx.request', 'urllib3.request', 'aiohttp.request'], arg: { index: 1, keyword: 'url' }, sanitizers: URL_QUOTING },
  { calls: ['urllib.request.urlopen', 'urllib.request.Request', 'urllib2.urlopen', 'urllib.urlopen'], arg: { index: 0, keyword: 'url' }, sanitizers: URL_QUOTING },
];

export const ssrf: PythonRule = {
  meta: codeRule({
    id: 'sast.python.ssrf',
    title: 'Server-side request to a URL from user input',
    description:
      'The server fetches a URL taken from the request: a caller can make it reach internal services, cloud metadata endpoints (169.254.169.254) or local files (SSRF).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-918'],
    owasp: ['A10:2021'],
    help: 'Fetch only from an allow-list of hosts (parse the URL, compare scheme and host), resolve and reject private and link-local addresses, and disable redirects.',
    tags: ['semgrep:python.flask.security.injection.ssrf-requests.ssrf-requests'],
  }),
  check(file) {
    return taintedSinkCalls(file, ssrfSinks, { remoteOnly: true }).map((h) => taintMatch(file, h, 'URL from user input'));
  },
};
