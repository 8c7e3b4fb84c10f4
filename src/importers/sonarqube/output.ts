import type { ScanIssue } from '../../core/model.js';
import type { DraftFinding } from '../../scanners/types.js';
import { MAX_FINDINGS_PER_REPORT, tooManyIssue } from '../report-fields.js';
import type { ImportOutput } from '../types.js';
import { mapHotspot, mapIssue, type MapContext, type Mapped, type SkipReason } from './map.js';
import type { QualityGate, SonarBundle } from './schema.js';

type Issue = Omit<ScanIssue, 'scanner'>;

export interface BundleOptions {
  /** For reports without issue types (sonar-report with allBugs): treat every issue as a security one. */
  assumeSecurity?: boolean;
  /** Keep bugs and code smells as findings too (off by default: patchline reports security problems). */
  includeNonSecurity?: boolean;
  /** Where the data came from, for issue paths. */
  source?: string;
  /** Report pages that count more results than they hold (the Web API client reports its own caps). */
  checkComplete?: boolean;
  /** The scan root, to make absolute component paths relative. */
  root?: string;
}

/** Turns SonarQube answers (from a file or the Web API) into findings, issues and summary properties. */
export function bundleToOutput(bundle: SonarBundle, options: BundleOptions = {}): ImportOutput {
  const ctx = contextOf(bundle, options.root);
  const findings: DraftFinding[] = [];
  const skipped: Record<SkipReason, number> = { 'not-security': 0, resolved: 0 };
  let kept = 0;
  const take = (m: Mapped) => {
    if (!('finding' in m)) skipped[m.skipped] += 1;
    else if (++kept <= MAX_FINDINGS_PER_REPORT) findings.push(m.finding);
  };
  for (const page of bundle.issuePages) for (const issue of page.issues) take(mapIssue(issue, ctx, options.assumeSecurity, options.includeNonSecurity));
  for (const page of bundle.hotspotPages) for (const h of page.hotspots) take(mapHotspot(h, ctx));

  const issues: Issue[] = [];
  const at = options.source !== undefined ? { path: options.source } : {};
  if (skipped['not-security'] > 0) {
    issues.push({
      code: 'sonarqube-not-security',
      message: `skipped ${skipped['not-security']} SonarQube BUG/CODE_SMELL issue(s) without a security impact: patchline reports security problems (VULNERABILITY, SECURITY_HOTSPOT, or an MQR SECURITY impact)`,
      ...at,
    });
  }
  if (skipped.resolved > 0) {
    issues.push({ code: 'sonarqube-resolved', message: `skipped ${skipped.resolved} SonarQube issue(s) already closed or fixed`, ...at });
  }
  if (options.checkComplete !== false) issues.push(...incomplete(bundle, at));
  if (kept > MAX_FINDINGS_PER_REPORT) issues.push(tooManyIssue(options.source ?? 'SonarQube', kept));

  const properties: Record<string, string> = {};
  if (bundle.projectKey) properties['sonarqube.project'] = bundle.projectKey;
  if (bundle.branch) properties['sonarqube.branch'] = bundle.branch;
  if (bundle.qualityGate) Object.assign(properties, gateProperties(bundle.qualityGate));
  properties['sonarqube.skipped.notSecurity'] = String(skipped['not-security']);
  return { findings, issues, properties };
}

export function gateProperties(gate: QualityGate): Record<string, string> {
  const failed = gate.conditions.filter((c) => c.status !== 'OK');
  const out: Record<string, string> = { 'sonarqube.qualityGate': gate.status };
  if (failed.length > 0) {
    out['sonarqube.qualityGate.failedConditions'] = failed
      .map((c) => `${c.metricKey} ${c.comparator ?? ''} ${c.errorThreshold ?? ''} (actual ${c.actualValue ?? '?'}, ${c.status})`.replace(/\s+/g, ' '))
      .join('; ');
  }
  return out;
}

function contextOf(bundle: SonarBundle, root: string | undefined): MapContext {
  const componentPaths = new Map<string, string>();
  const ruleNames = new Map<string, string>();
  for (const page of [...bundle.issuePages, ...bundle.hotspotPages]) {
    for (const c of page.components ?? []) if (c.path) componentPaths.set(c.key, c.path);
  }
  for (const page of bundle.issuePages) for (const r of page.rules ?? []) if (r.name) ruleNames.set(r.key, r.name);
  return { componentPaths, ruleNames, ...(bundle.projectKey && { projectKey: bundle.projectKey }), ...(root !== undefined && { root }) };
}

/** A file of pages that says there are more results than it holds: report it, keep what is there. */
function incomplete(bundle: SonarBundle, at: { path?: string }): Issue[] {
  const out: Issue[] = [];
  const check = (kind: string, pages: { paging?: { total: number } | undefined }[], held: number) => {
    const total = Math.max(0, ...pages.map((p) => p.paging?.total ?? 0));
    if (total > held) out.push({ code: 'sonarqube-incomplete', message: `the ${kind} hold ${held} of the ${total} results SonarQube counted; export every page to import them all`, ...at });
  };
  check('issue pages', bundle.issuePages, bundle.issuePages.reduce((n, p) => n + p.issues.length, 0));
  check('hotspot pages', bundle.hotspotPages, bundle.hotspotPages.reduce((n, p) => n + p.hotspots.length, 0));
  return out;
}
