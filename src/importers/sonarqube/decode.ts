import { parseReportJson } from '../read-report.js';
import { shapeIssue } from '../report-fields.js';
import type { ImportContext, ImportOutput, ReportInput } from '../types.js';
import { bundleToOutput } from './output.js';
import {
  HotspotsPageSchema,
  IssuesPageSchema,
  ProjectStatusSchema,
  QualityGateSchema,
  SonarHotspotSchema,
  SonarIssueSchema,
  SonarReportSchema,
  type HotspotsPage,
  type IssuesPage,
  type QualityGate,
  type SonarBundle,
  type SonarReport,
} from './schema.js';

const EXPECTED =
  'expected an api/issues/search or api/hotspots/search answer (or an array of them, or of their issues/hotspots), an api/qualitygates/project_status answer, or a sonar-report JSON export';

/** Decodes a SonarQube JSON file of any shape this importer reads; a file it cannot read is an issue. */
export function decodeSonarQube(input: ReportInput, ctx: ImportContext = {}): ImportOutput {
  const parsed = parseReportJson(input);
  if (!parsed.ok) return { findings: [], issues: [parsed.issue] };
  const json = parsed.value;
  const root = ctx.root !== undefined ? { root: ctx.root } : {};
  if (isRuleDescription(json)) {
    return {
      findings: [],
      issues: [{ code: 'sonarqube-not-a-report', message: `${input.name} describes a rule (api/rules/show), not issues; nothing to import`, path: input.name }],
    };
  }
  const report = SonarReportSchema.safeParse(json);
  if (report.success && isSonarReport(json)) return fromSonarReport(report.data, input.name, ctx.root);
  const bundle = savedBundle(json) ?? toBundle(json);
  if (!bundle) return { findings: [], issues: [shapeIssue(input.name, 'SonarQube', EXPECTED)] };
  return bundleToOutput(bundle, { source: input.name, ...root });
}

/** What fetchSonarQube returns, saved as JSON: `{ issuePages, hotspotPages, qualityGate }`. */
function savedBundle(json: unknown): SonarBundle | undefined {
  if (!isObject(json) || !Array.isArray(json.issuePages) || !Array.isArray(json.hotspotPages)) return undefined;
  const issuePages = json.issuePages.map((p) => IssuesPageSchema.safeParse(p));
  const hotspotPages = json.hotspotPages.map((p) => HotspotsPageSchema.safeParse(p));
  if (![...issuePages, ...hotspotPages].every((p) => p.success)) return undefined;
  const gate = QualityGateSchema.safeParse(json.qualityGate);
  return {
    issuePages: issuePages.flatMap((p) => (p.success ? [p.data] : [])),
    hotspotPages: hotspotPages.flatMap((p) => (p.success ? [p.data] : [])),
    ...(gate.success && { qualityGate: { status: gate.data.status, conditions: gate.data.conditions ?? [] } }),
  };
}

/** Pages, bare issue/hotspot arrays, a quality gate answer, or a `{ issuePages, hotspotPages, qualityGate }` bundle. */
function toBundle(json: unknown): SonarBundle | undefined {
  const bundle: SonarBundle = { issuePages: [], hotspotPages: [] };
  const items = Array.isArray(json) ? json : [json];
  if (items.length === 0) return bundle;
  const bareIssues: IssuesPage['issues'] = [];
  const bareHotspots: HotspotsPage['hotspots'] = [];
  for (const item of items) {
    const gate = ProjectStatusSchema.safeParse(item);
    if (gate.success) {
      bundle.qualityGate = { status: gate.data.projectStatus.status, conditions: gate.data.projectStatus.conditions ?? [] };
      continue;
    }
    const issues = IssuesPageSchema.safeParse(item);
    if (issues.success) bundle.issuePages.push(issues.data);
    const hotspots = HotspotsPageSchema.safeParse(item);
    if (hotspots.success) bundle.hotspotPages.push(hotspots.data);
    if (issues.success || hotspots.success) continue;
    const hotspot = isHotspot(item) ? SonarHotspotSchema.safeParse(item) : undefined;
    if (hotspot?.success) {
      bareHotspots.push(hotspot.data);
      continue;
    }
    const issue = SonarIssueSchema.safeParse(item);
    if (issue.success) {
      bareIssues.push(issue.data);
      continue;
    }
    return undefined;
  }
  if (bareIssues.length > 0) bundle.issuePages.push({ issues: bareIssues });
  if (bareHotspots.length > 0) bundle.hotspotPages.push({ hotspots: bareHotspots });
  const project = [...bundle.issuePages.flatMap((p) => p.issues), ...bundle.hotspotPages.flatMap((p) => p.hotspots)].find((i) => i.project)?.project;
  if (project) bundle.projectKey = project;
  return bundle;
}

/**
 * sonar-report lists issues with the project prefix already stripped; the keys in `hotspotKeys` are
 * security hotspots, the rest vulnerabilities (all issues, bugs included, when exported with `allBugs`).
 */
function fromSonarReport(report: SonarReport, name: string, root: string | undefined): ImportOutput {
  const hotspots = new Set(report.hotspotKeys ?? []);
  const allBugs = report.allBugs === true;
  const issues = report.issues.map((i) => ({
    ...i,
    ...(hotspots.has(i.key ?? '') ? { type: 'SECURITY_HOTSPOT' } : allBugs ? {} : { type: 'VULNERABILITY' }),
  }));
  const rules = Object.entries(report.rules ?? {}).map(([key, r]) => ({ key, ...(r.name !== undefined && { name: r.name }) }));
  const gate = ProjectStatusSchema.safeParse(report.qualityGateStatus);
  const qualityGate: QualityGate | undefined = gate.success
    ? { status: gate.data.projectStatus.status, conditions: gate.data.projectStatus.conditions ?? [] }
    : undefined;
  const bundle: SonarBundle = {
    issuePages: [{ issues, rules }],
    hotspotPages: [],
    ...(qualityGate && { qualityGate }),
    ...(report.sonarComponent && { projectKey: report.sonarComponent }),
    ...(report.branch && { branch: report.branch }),
  };
  const out = bundleToOutput(bundle, { source: name, assumeSecurity: allBugs, ...(root !== undefined && { root }) });
  if (allBugs) {
    out.issues?.push({ code: 'sonarqube-untyped', message: `${name} was exported with allBugs: issues carry no type, so bugs cannot be told from vulnerabilities and all are imported`, path: name });
  }
  return out;
}

function isSonarReport(json: unknown): boolean {
  return isObject(json) && ('sonarComponent' in json || 'hotspotKeys' in json || 'sonarBaseURL' in json);
}

function isHotspot(item: unknown): boolean {
  return isObject(item) && ('vulnerabilityProbability' in item || 'securityCategory' in item);
}

function isRuleDescription(json: unknown): boolean {
  return isObject(json) && typeof json.key === 'string' && typeof json.repo === 'string' && !('issues' in json) && !('component' in json);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
