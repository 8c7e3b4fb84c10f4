import { z } from 'zod';

/** The one vocabulary every stage speaks. Schemas validate what enters from outside. */

export const SCHEMA_VERSION = '1.3.0';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const CATEGORIES = ['vulnerability', 'code', 'secret', 'misconfig', 'web'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** The image layer that brought a package or file in: its uncompressed digest and the build step. */
export const LayerRefSchema = z.object({
  /** `sha256:…` from the image config's `rootfs.diff_ids`. */
  diffId: z.string(),
  /** The history entry's `created_by` (the Dockerfile step), when the image records it. */
  createdBy: z.string().optional(),
});
export interface LayerRef extends z.infer<typeof LayerRefSchema> {}

export const TargetSchema = z.object({
  kind: z.enum(['directory', 'git', 'image', 'url']),
  ref: z.string(),
  digest: z.string().optional(),
  /** Images: every layer, bottom first. */
  layers: z.array(LayerRefSchema).optional(),
});
export interface Target extends z.infer<typeof TargetSchema> {}

export const PackageLocationRefSchema = z.object({
  /** Manifest or lockfile path relative to the scan root. */
  path: z.string(),
  line: z.number().int().positive().optional(),
});

export const PackageSchema = z.object({
  /** The OSV ecosystem name: PyPI, npm, Go, Maven, crates.io, Packagist, RubyGems, NuGet, Debian, Alpine … */
  ecosystem: z.string(),
  /** Normalized per ecosystem (PEP 503 for PyPI, scoped npm names, Go module paths). */
  name: z.string(),
  /** The resolved version; for an unpinned requirement, the lowest version its constraint allows ('' if none). */
  version: z.string(),
  purl: z.string(),
  locations: z.array(PackageLocationRefSchema),
  source: z.object({ name: z.string(), version: z.string() }).optional(),
  direct: z.boolean().optional(),
  /** The constraint as written when it does not pin one version (e.g. `flask>=2.0`); matching is then conservative. */
  constraint: z.string().optional(),
  /** Dependency group when the manifest names one: dev, optional, test … */
  scope: z.string().optional(),
  /** Images: the layer that installed this version of the package. */
  layer: LayerRefSchema.optional(),
});
export interface Package extends z.infer<typeof PackageSchema> {}

export const FileLocationSchema = z.object({
  kind: z.literal('file'),
  /** Path relative to the scan root, with forward slashes. */
  path: z.string(),
  startLine: z.number().int().positive(),
  startColumn: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
  snippet: z.string().optional(),
});
export interface FileLocation extends z.infer<typeof FileLocationSchema> {}

export const PackageLocationSchema = z.object({
  kind: z.literal('package'),
  ecosystem: z.string(),
  name: z.string(),
  version: z.string(),
  path: z.string().optional(),
  line: z.number().int().positive().optional(),
  /** Images: the layer that brought the package in. */
  layer: LayerRefSchema.optional(),
});
export interface PackageLocation extends z.infer<typeof PackageLocationSchema> {}

export const UrlLocationSchema = z.object({
  kind: z.literal('url'),
  url: z.string(),
  method: z.string().optional(),
  param: z.string().optional(),
});
export interface UrlLocation extends z.infer<typeof UrlLocationSchema> {}

export const LocationSchema = z.discriminatedUnion('kind', [
  FileLocationSchema,
  PackageLocationSchema,
  UrlLocationSchema,
]);
export type Location = z.infer<typeof LocationSchema>;

export const SuppressionSchema = z.object({
  /** `active` hides the finding from the gate; `expired` means the exception ran out and the finding counts again. */
  status: z.enum(['active', 'expired']),
  reason: z.string(),
  /** What the ignore entry matched on, e.g. `rule:DL3007` or `path:tests/**`. */
  matchedBy: z.string(),
  expires: z.string().optional(),
});
export interface Suppression extends z.infer<typeof SuppressionSchema> {}

export const FindingSchema = z.object({
  fingerprint: z.string(),
  ruleId: z.string(),
  scanner: z.string(),
  category: CategorySchema,
  severity: SeveritySchema,
  confidence: ConfidenceSchema,
  title: z.string(),
  message: z.string(),
  cwe: z.array(z.string()),
  aliases: z.array(z.string()),
  cvss: z.object({ version: z.string(), vector: z.string(), score: z.number() }).optional(),
  location: LocationSchema,
  /** Already redacted: a finding never carries a raw secret. */
  evidence: z.string().optional(),
  fix: z.string().optional(),
  /** Vulnerabilities: the versions that fix this one (above the installed version), lowest first. */
  fixedVersions: z.array(z.string()).optional(),
  /** Vulnerabilities: the lowest version of the package above the installed one that no known advisory affects. */
  safeVersion: z.string().optional(),
  references: z.array(z.string()),
  tags: z.array(z.string()).optional(),
  /** The data-flow path from a source to the sink, first step first (SARIF codeFlows). */
  trace: z.array(z.object({ path: z.string(), line: z.number().int().positive(), note: z.string() })).optional(),
  /** Every scanner that reported this finding (after dedupe). */
  sources: z.array(z.string()).optional(),
  suppression: SuppressionSchema.optional(),
  /** Web findings: the exchange that proves it, as HTTP/1.1 text, bounded and redacted. */
  http: z.object({ request: z.string(), response: z.string() }).optional(),
});
export interface Finding extends z.infer<typeof FindingSchema> {}

export const ScanIssueSchema = z.object({
  /** Short machine-readable kind, e.g. `binary-file`, `parse-error`, `too-large`. */
  code: z.string(),
  message: z.string(),
  path: z.string().optional(),
  scanner: z.string().optional(),
});
export interface ScanIssue extends z.infer<typeof ScanIssueSchema> {}

export const ScanResultSchema = z.object({
  schemaVersion: z.string(),
  tool: z.object({ name: z.string(), version: z.string() }),
  target: TargetSchema,
  startedAt: z.string(),
  durationMs: z.number(),
  scanners: z.array(z.string()),
  packages: z.array(PackageSchema),
  findings: z.array(FindingSchema),
  issues: z.array(ScanIssueSchema),
  /** Facts imported reports carry, e.g. `sonarqube.qualityGate: ERROR`. */
  properties: z.record(z.string(), z.string()).optional(),
  /** Images: where the application code taken from the image was stored (`file://…` or `s3://bucket/key`). */
  snapshot: z
    .object({ uri: z.string(), files: z.number().int().nonnegative(), sha256: z.string() })
    .optional(),
});
export interface ScanResult extends z.infer<typeof ScanResultSchema> {}

/** A whole-file change: the file's full text before and after. Applying it checks `before` still holds. */
export const EditSchema = z.object({
  path: z.string(),
  before: z.string(),
  after: z.string(),
});
export interface Edit extends z.infer<typeof EditSchema> {}

export const ChangeSetSchema = z.object({
  /** Stable for the same findings: the fix unit's id (used in branch names and commit trailers). */
  id: z.string().optional(),
  /** One line, imperative, used as the commit subject: "Upgrade jinja2 to 3.1.6". */
  title: z.string().optional(),
  fixer: z.string(),
  strategy: z.enum(['deterministic', 'llm']),
  /** Fingerprints of the findings this change fixes. */
  findings: z.array(z.string()),
  edits: z.array(EditSchema),
  rationale: z.string(),
  /** What a reviewer must do by hand: rotate a secret, regenerate a lockfile … */
  notes: z.array(z.string()).optional(),
  /** LLM fixes: who wrote the change and what it cost. */
  llm: z
    .object({
      provider: z.string(),
      model: z.string(),
      promptSha256: z.string(),
      inputTokens: z.number().int().nonnegative(),
      outputTokens: z.number().int().nonnegative(),
      costUsd: z.number().nonnegative().optional(),
    })
    .optional(),
  verification: z
    .object({ status: z.enum(['pending', 'passed', 'failed']), details: z.string().optional() })
    .optional(),
});
export interface ChangeSet extends z.infer<typeof ChangeSetSchema> {}

/** Metadata every rule carries, whatever scanner runs it; `patchline rules` and SARIF read it. */
export interface RuleMeta {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  category: Category;
  confidence: Confidence;
  cwe: string[];
  /** How to fix it, one or two sentences. */
  help: string;
  /** Ids of the same check in peer tools, e.g. `hadolint:DL3007`, `trivy:DS001`. */
  tags?: string[];
  references?: string[];
  /** OWASP Top 10 categories, e.g. `A03:2021`. */
  owasp?: string[];
}

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
