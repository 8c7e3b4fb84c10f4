import { ExternalServiceError, UsageError } from '../../core/errors.js';
import type { ScanIssue } from '../../core/model.js';
import { getJson, type GetJsonOptions } from './http.js';
import { HotspotsPageSchema, IssuesPageSchema, ProjectStatusSchema, type HotspotsPage, type IssuesPage, type QualityGate } from './schema.js';

export interface SonarQubeFetchOptions {
  /** `https://sonar.example.com` or with a context path, `https://example.com/sonar`; http only when asked. */
  baseUrl: string;
  projectKey: string;
  /** A user token; sent as HTTP Basic user with an empty password, to the base URL's origin only. */
  token?: string;
  branch?: string;
  /** Per request, body included. */
  timeoutMs?: number;
  /** Pages per endpoint; 20 pages of 500 is SonarQube's own 10,000-result limit. */
  maxPages?: number;
  /** Per response body. */
  maxBytes?: number;
  /** Issue types to ask for; default VULNERABILITY only. */
  types?: readonly ('VULNERABILITY' | 'BUG' | 'CODE_SMELL')[];
  signal?: AbortSignal;
}

export interface SonarQubeFetchResult {
  issuePages: IssuesPage[];
  hotspotPages: HotspotsPage[];
  qualityGate: QualityGate;
  /** Non-fatal: page caps reached, results beyond SonarQube's 10,000 limit. */
  issues: Omit<ScanIssue, 'scanner'>[];
}

const PAGE_SIZE = 500;
const SEARCH_LIMIT = 10_000;
const DEFAULTS = { timeoutMs: 30_000, maxPages: 20, maxBytes: 32 * 1024 * 1024 };

/**
 * Reads one project's open vulnerabilities (api/issues/search, types=VULNERABILITY, resolved=false),
 * its security hotspots (api/hotspots/search) and its quality gate (api/qualitygates/project_status).
 */
export async function fetchSonarQube(options: SonarQubeFetchOptions): Promise<SonarQubeFetchResult> {
  const base = baseUrlOf(options.baseUrl);
  if (!options.projectKey) throw new UsageError('a SonarQube project key is required');
  const http: GetJsonOptions = {
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    projectKey: `project key "${options.projectKey}"`,
    ...(options.token && { token: options.token }),
    ...(options.signal && { signal: options.signal }),
  };
  const maxPages = Math.max(1, options.maxPages ?? DEFAULTS.maxPages);
  const branch: Record<string, string> = options.branch ? { branch: options.branch } : {};
  const issues: SonarQubeFetchResult['issues'] = [];

  // componentKeys/projectKey were renamed components/project in 10.2; SonarCloud still wants the old names: send both.
  const key = options.projectKey;
  const issueQuery = { componentKeys: key, components: key, types: (options.types ?? ['VULNERABILITY']).join(','), resolved: 'false', additionalFields: 'rules', ...branch };
  const issuePages = await pages('api/issues/search', issueQuery, IssuesPageSchema, (p) => p.issues.length);
  const hotspotPages = await pages('api/hotspots/search', { projectKey: key, project: key, ...branch }, HotspotsPageSchema, (p) => p.hotspots.length);
  const foreign = dropForeign(issuePages, hotspotPages, key);
  if (foreign > 0) {
    issues.push({ code: 'sonarqube-foreign', message: `SonarQube returned ${foreign} issue(s) of other projects than ${key} (did it ignore the project filter?); they were left out` });
  }
  const gateJson = await getJson(urlOf(base, 'api/qualitygates/project_status', { projectKey: options.projectKey, ...branch }), http);
  const gate = ProjectStatusSchema.safeParse(gateJson);
  if (!gate.success) throw wrongShape(base, 'api/qualitygates/project_status', options.projectKey);
  const qualityGate: QualityGate = { status: gate.data.projectStatus.status, conditions: gate.data.projectStatus.conditions ?? [] };
  return { issuePages, hotspotPages, qualityGate, issues };

  async function pages<T extends { paging?: { total: number } | undefined }>(
    endpoint: string,
    params: Record<string, string>,
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
    count: (page: T) => number,
  ): Promise<T[]> {
    const out: T[] = [];
    let held = 0;
    for (let p = 1; ; p++) {
      const json = await getJson(urlOf(base, endpoint, { ...params, p: String(p), ps: String(PAGE_SIZE) }), http);
      const parsed = schema.safeParse(json);
      if (!parsed.success || !parsed.data.paging) throw wrongShape(base, endpoint, options.projectKey);
      out.push(parsed.data);
      const n = count(parsed.data);
      held += n;
      const total = parsed.data.paging.total;
      if (n === 0 || held >= total) return out;
      if (p >= maxPages || p * PAGE_SIZE >= SEARCH_LIMIT) {
        const why = total > SEARCH_LIMIT ? `SonarQube returns at most ${SEARCH_LIMIT} results per search` : `the ${maxPages}-page limit was reached`;
        issues.push({ code: 'sonarqube-truncated', message: `${endpoint} for ${options.projectKey}: read ${held} of ${total} results; ${why}. Narrow the search (a branch) or fix the oldest findings first.` });
        return out;
      }
    }
  }
}

/** A server that ignored the project filter must not leak other projects into this one's report. */
function dropForeign(issuePages: IssuesPage[], hotspotPages: HotspotsPage[], key: string): number {
  let dropped = 0;
  const mine = <T extends { project?: string | undefined }>(items: T[]): T[] => {
    const kept = items.filter((i) => i.project === undefined || i.project === key);
    dropped += items.length - kept.length;
    return kept;
  };
  for (const page of issuePages) page.issues = mine(page.issues);
  for (const page of hotspotPages) page.hotspots = mine(page.hotspots);
  return dropped;
}

/** Only http(s), no credentials in the URL (use the token), no query or fragment. */
export function baseUrlOf(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`"${raw}" is not a URL; give the SonarQube base URL, e.g. https://sonar.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`the SonarQube base URL must be http or https, not ${url.protocol}`);
  if (url.username || url.password) throw new UsageError('put no credentials in the SonarQube URL; set SONAR_TOKEN instead');
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}

function urlOf(base: URL, endpoint: string, params: Record<string, string>): URL {
  const url = new URL(endpoint, base);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url;
}

function wrongShape(base: URL, endpoint: string, projectKey: string): ExternalServiceError {
  return new ExternalServiceError(
    `SonarQube at ${base.origin} answered ${endpoint} with JSON that is not a SonarQube ${endpoint} answer; check the base URL points at SonarQube (with its context path), the token, and the project key "${projectKey}"`,
  );
}
