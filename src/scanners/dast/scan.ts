import { errorMessage, ScanStoppedError } from '../../core/errors.js';
import type { RuleMeta, ScanIssue } from '../../core/model.js';
import type { DraftFinding, FileScanOutput, UrlScanContext } from '../types.js';
import { activeRules } from './active/registry.js';
import { createDastClient, type ScanClient } from './client/client.js';
import { authOptions, clientLimits, configuredSecrets } from './client/options.js';
import { createScope } from './client/scope.js';
import { crawl, DEFAULT_CRAWL_LIMITS } from './crawler/crawl.js';
import { loginPoints, uniquePoints } from './crawler/points.js';
import { webFinding } from './hits.js';
import { passiveRules } from './passive/registry.js';
import type { ActiveRule, CrawlResult, HttpExchange, PassiveRule, WebHit } from './types.js';

/** With a login recipe, these paths would end the session the scan depends on. */
const LOGOUT_PATHS = ['**/logout', '**/log-out', '**/signout', '**/sign-out'];

type Issue = Omit<ScanIssue, 'scanner'>;

export interface DastRules {
  passive: readonly PassiveRule[];
  active: readonly ActiveRule[];
}

/** Crawl the target, let the passive rules see every exchange, then (with --active) attack each injection point. */
export async function scanTarget(ctx: UrlScanContext, rules: DastRules = { passive: passiveRules, active: activeRules }): Promise<FileScanOutput> {
  const dast = ctx.config.dast;
  const auth = authOptions(dast, ctx.url);
  const exclude = [...(dast?.scope?.exclude ?? []), ...(auth.login ? LOGOUT_PATHS : [])];
  const secrets = configuredSecrets(auth);
  const metas = new Map<string, RuleMeta>([...rules.passive, ...rules.active].flatMap((r) => r.rules.map((m) => [m.id, m] as const)));
  const findings: DraftFinding[] = [];
  const issues: Issue[] = [];
  const report = (hit: WebHit): void => {
    const meta = metas.get(hit.ruleId);
    if (meta) findings.push(webFinding(meta, hit, secrets));
    else issues.push({ code: 'unknown-rule', message: `a DAST rule reported '${hit.ruleId}', which no rule declares` });
  };
  const passive = passiveRunner(rules.passive, report, issues);
  const client = createDastClient({
    scope: createScope(ctx.url, { ...(dast?.scope?.include && { include: dast.scope.include }), exclude }),
    limits: clientLimits(dast),
    auth,
    ...(dast?.methods && { extraMethods: dast.methods }),
    onLoginExchange: passive,
  });
  try {
    await client.start();
    const crawled = await crawl(client, ctx.url, crawlLimits(ctx), passive, ctx.progress);
    if (crawled.pages.length === 0) issues.push({ code: 'no-pages', message: `${ctx.url} gave no page that answered 2xx; is the app running and the URL right?` });
    if (ctx.active) await runActive(rules.active, { ...crawled, points: uniquePoints([...loginPoints(auth.login), ...crawled.points]) }, client, report, issues, ctx);
    issues.push(...clientIssues(client, crawled));
  } finally {
    client.close();
  }
  return { findings, issues };
}

function crawlLimits(ctx: UrlScanContext): typeof DEFAULT_CRAWL_LIMITS {
  const limits = ctx.config.dast?.limits;
  return { maxPages: limits?.maxPages ?? DEFAULT_CRAWL_LIMITS.maxPages, maxDepth: limits?.maxDepth ?? DEFAULT_CRAWL_LIMITS.maxDepth };
}

/** Runs every passive rule on each exchange; a rule that throws is reported once and the others go on. */
function passiveRunner(rules: readonly PassiveRule[], report: (hit: WebHit) => void, issues: Issue[]): (exchange: HttpExchange) => void {
  const seen = new Set<string>();
  const failed = new Set<string>();
  const ctx = { firstTime: (key: string) => !seen.has(key) && Boolean(seen.add(key)) };
  return (exchange) => {
    for (const rule of rules) {
      try {
        rule.check(exchange, ctx).forEach(report);
      } catch (err) {
        if (failed.has(rule.meta.id)) continue;
        failed.add(rule.meta.id);
        issues.push({ code: 'rule-error', message: `passive rule ${rule.meta.id} failed on ${exchange.request.url}: ${errorMessage(err)}` });
      }
    }
  };
}

async function runActive(rules: readonly ActiveRule[], crawled: CrawlResult, client: ScanClient, report: (hit: WebHit) => void, issues: Issue[], ctx: UrlScanContext): Promise<void> {
  for (const rule of rules) {
    const points = crawled.points.filter((p) => rule.applies?.(p) ?? true);
    ctx.progress.update(`dast: ${rule.meta.id} on ${points.length} parameters, ${client.requestCount} requests`);
    await Promise.all(
      points.map(async (point) => {
        try {
          (await rule.attack(point, client, client.signal)).forEach(report);
        } catch (err) {
          if (err instanceof ScanStoppedError || client.stopReason) return;
          issues.push({ code: 'rule-error', message: `active rule ${rule.meta.id} failed on ${point.location} ${point.name} of ${point.request.url}: ${errorMessage(err)}` });
        }
      }),
    );
    if (client.stopReason) return;
  }
}

function clientIssues(client: ScanClient, crawled: CrawlResult): Issue[] {
  const out: Issue[] = client.problems.map((message) => ({ code: 'login-failed', message }));
  if (client.stopReason) out.push({ code: 'scan-stopped', message: `the scan stopped early: ${client.stopReason}; findings so far are reported` });
  const shown = crawled.problems.slice(0, 20);
  out.push(...shown.map((message) => ({ code: 'request-failed', message })));
  if (crawled.problems.length > shown.length) out.push({ code: 'request-failed', message: `${crawled.problems.length - shown.length} more requests failed` });
  return out;
}
