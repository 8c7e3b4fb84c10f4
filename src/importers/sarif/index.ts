import type { DraftFinding } from '../../scanners/types.js';
import { parseReportJson, reportHead, type ReportIssue } from '../read-report.js';
import { MAX_FINDINGS_PER_REPORT, asArray, asRecord, asString, clip, shapeIssue, tooManyIssue } from '../report-fields.js';
import type { ImportContext, ImportOutput, Importer, ReportInput } from '../types.js';
import { fileLocation, flowSummary, runFiles, type RunFiles } from './location.js';
import { indexRules, propertiesOf, ruleOf, sarifConfidence, sarifCwe, sarifSeverity, textOf, type RuleIndex } from './rules.js';

type Json = Record<string, unknown>;

/** Reads SARIF 2.1.0 from any tool (CodeQL, Semgrep, Snyk Code, …): every result of every run. */
export const sarifImporter = {
  meta: { id: 'sarif', version: '1.0.0', summary: 'SARIF 2.1.0 logs of any tool (CodeQL, Semgrep, Snyk Code, Trivy …)' },

  identify(input: ReportInput): boolean {
    const head = reportHead(input);
    if (!/^\s*\{/.test(head)) return false;
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head)) return true;
    return /"version"\s*:\s*"2\.1\.0"/.test(head) && /"runs"\s*:\s*\[/.test(head);
  },

  decode(input: ReportInput, ctx: ImportContext): ImportOutput {
    const parsed = parseReportJson(input);
    if (!parsed.ok) return { findings: [], issues: [parsed.issue] };
    const log = asRecord(parsed.value);
    if (!log || !Array.isArray(log.runs)) return { findings: [], issues: [shapeIssue(input.name, 'SARIF', 'it has no runs array')] };
    const issues: ReportIssue[] = [];
    const version = asString(log.version);
    if (version && version !== '2.1.0') {
      issues.push({ code: 'unsupported-version', message: `${input.name} is SARIF ${version}; patchline reads 2.1.0 and tried anyway`, path: input.name });
    }
    const findings: DraftFinding[] = [];
    const tools: string[] = [];
    let total = 0;
    let unlocated = 0;
    for (const rawRun of log.runs) {
      const run = asRecord(rawRun);
      if (!run) continue;
      const tool = toolOf(run);
      tools.push(tool.label);
      const rules = indexRules(run);
      const files = runFiles(run, ctx.root);
      const results = asArray(run.results);
      total += results.length;
      for (const raw of results) {
        if (findings.length >= MAX_FINDINGS_PER_REPORT) break;
        if (!isProblem(asRecord(raw))) continue;
        const finding = sarifFinding(asRecord(raw), tool.slug, rules, files);
        if (finding) findings.push(finding);
        else unlocated++;
      }
      issues.push(...notifications(run, input.name));
    }
    if (total > MAX_FINDINGS_PER_REPORT) issues.push(tooManyIssue(input.name, total));
    if (unlocated > 0) {
      issues.push({ code: 'no-location', message: `${input.name}: ${unlocated} results name no file (or no rule) and were skipped`, path: input.name });
    }
    return { findings, issues, properties: { 'sarif.tools': [...new Set(tools)].join(', ') } };
  },
} satisfies Importer;

/** Results of kind pass / notApplicable are not problems, and baselineState absent means fixed since. */
function isProblem(result: Json | undefined): boolean {
  const kind = asString(result?.kind);
  return kind !== 'pass' && kind !== 'notApplicable' && asString(result?.baselineState) !== 'absent';
}

function toolOf(run: Json): { slug: string; label: string } {
  const driver = asRecord(asRecord(run.tool)?.driver);
  const name = asString(driver?.name)?.trim() || 'sarif';
  const version = asString(driver?.semanticVersion) ?? asString(driver?.version);
  // `CodeQL` → codeql, `Semgrep OSS` → semgrep, `LGTM.com` → lgtm.com.
  const slug = name.toLowerCase().split(/\s+/)[0]!.replace(/[^a-z0-9._-]/g, '') || 'sarif';
  return { slug, label: version ? `${name} ${version}` : name };
}

function sarifFinding(result: Json | undefined, tool: string, rules: RuleIndex, files: RunFiles): DraftFinding | undefined {
  if (!result) return undefined;
  const rule = ruleOf(result, rules);
  const id = asString(result.ruleId) ?? asString(asRecord(result.rule)?.id) ?? asString(rule?.id);
  const location = fileLocation(asArray(result.locations)[0], files);
  if (!id || !location) return undefined;
  const title = textOf(rule?.shortDescription) ?? asString(rule?.name) ?? id;
  const flow = flowSummary(result, files);
  const base = messageOf(result, rule) ?? textOf(rule?.fullDescription) ?? title;
  const help = textOf(rule?.help);
  const helpUri = asString(rule?.helpUri);
  const suppression = suppressionOf(result);
  const printed = fingerprintsOf(result);
  return {
    ruleId: `${tool}:${id}`,
    category: /^(CVE|GHSA)-/i.test(id) ? 'vulnerability' : 'code',
    severity: sarifSeverity(result, rule),
    confidence: sarifConfidence(rule),
    title: clip(title.trim(), 200),
    message: clip(flow ? `${base.trim()} (flow: ${flow})` : base.trim()),
    cwe: sarifCwe(rule, result),
    aliases: /^(CVE|GHSA)-/i.test(id) ? [id] : [],
    location,
    ...(help && { fix: clip(help.trim(), 1000) }),
    references: helpUri && /^https?:\/\//.test(helpUri) ? [helpUri] : [],
    tags: [`${tool}:${id}`],
    ...(suppression && { suppression }),
    fingerprintContent: printed ?? location.snippet ?? base,
  };
}

/** `message.text`, or a message string of the rule by `message.id`, with `{0}` placeholders filled in. */
function messageOf(result: Json, rule: Json | undefined): string | undefined {
  const message = asRecord(result.message);
  const id = asString(message?.id);
  const template = textOf(message) ?? (id ? textOf(asRecord(rule?.messageStrings)?.[id]) : undefined);
  if (template === undefined) return undefined;
  const args = asArray(message?.arguments).map((a) => (typeof a === 'string' ? a : String(a)));
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => args[Number(n)] ?? whole);
}

/** `fingerprints` and `partialFingerprints`, as one stable string. */
function fingerprintsOf(result: Json): string | undefined {
  const entries = [asRecord(result.fingerprints), asRecord(result.partialFingerprints)]
    .flatMap((o) => Object.entries(o ?? {}))
    .filter(([, v]) => typeof v === 'string')
    .sort(([a], [b]) => a.localeCompare(b));
  return entries.length > 0 ? entries.map(([k, v]) => `${k}=${String(v)}`).join(' ') : undefined;
}

/**
 * A result suppressed in the source report (status accepted, or no status, per SARIF §3.35) is kept with
 * an active suppression, so reports show it and the gate does not count it; under review or rejected
 * ones count as usual.
 */
function suppressionOf(result: Json): DraftFinding['suppression'] {
  for (const raw of asArray(result.suppressions)) {
    const s = asRecord(raw);
    const status = asString(s?.status);
    if (!s || (status !== undefined && status !== 'accepted')) continue;
    const kind = asString(s.kind) ?? 'external';
    return { status: 'active', reason: clip(asString(s.justification)?.trim() || `suppressed in the SARIF report (${kind})`, 500), matchedBy: `sarif:${kind}` };
  }
  return undefined;
}

/** Tool execution errors the run reports become issues. */
function notifications(run: Json, name: string): ReportIssue[] {
  return asArray(run.invocations).flatMap((inv) =>
    asArray(asRecord(inv)?.toolExecutionNotifications)
      .map((n) => asRecord(n))
      .filter((n): n is Json => n !== undefined && asString(n.level) === 'error')
      .slice(0, 100)
      .map((n) => ({ code: 'report-error', message: clip(`${name}: the tool reported: ${textOf(n.message) ?? 'an error'}`, 1000), path: name })),
  );
}

