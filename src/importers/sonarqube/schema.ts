import { z } from 'zod';

/**
 * The shapes of SonarQube Web API answers this importer reads. Only the fields it uses are checked;
 * everything else passes through untouched (`z.looseObject`), so a newer server that adds fields still fits.
 */

export const TextRangeSchema = z.looseObject({
  startLine: z.number().int().optional(),
  endLine: z.number().int().optional(),
  startOffset: z.number().int().optional(),
  endOffset: z.number().int().optional(),
});
export interface TextRange extends z.infer<typeof TextRangeSchema> {}

export const ImpactSchema = z.looseObject({ softwareQuality: z.string(), severity: z.string() });

/** One entry of `api/issues/search` `issues[]`. */
export const SonarIssueSchema = z.looseObject({
  key: z.string().optional(),
  rule: z.string(),
  severity: z.string().optional(),
  type: z.string().optional(),
  component: z.string(),
  project: z.string().optional(),
  line: z.number().int().optional(),
  hash: z.string().optional(),
  textRange: TextRangeSchema.optional(),
  status: z.string().optional(),
  resolution: z.string().optional(),
  issueStatus: z.string().optional(),
  message: z.string().optional(),
  tags: z.array(z.string()).optional(),
  impacts: z.array(ImpactSchema).optional(),
  cleanCodeAttribute: z.string().optional(),
});
export interface SonarIssue extends z.infer<typeof SonarIssueSchema> {}

/** One entry of `api/hotspots/search` `hotspots[]`. */
export const SonarHotspotSchema = z.looseObject({
  key: z.string().optional(),
  component: z.string(),
  project: z.string().optional(),
  securityCategory: z.string().optional(),
  vulnerabilityProbability: z.string().optional(),
  status: z.string().optional(),
  resolution: z.string().optional(),
  line: z.number().int().optional(),
  message: z.string().optional(),
  textRange: TextRangeSchema.optional(),
  ruleKey: z.string().optional(),
});
export interface SonarHotspot extends z.infer<typeof SonarHotspotSchema> {}

export const PagingSchema = z.looseObject({
  pageIndex: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export interface Paging extends z.infer<typeof PagingSchema> {}

export const ComponentSchema = z.looseObject({ key: z.string(), path: z.string().optional() });
export const RuleRefSchema = z.looseObject({ key: z.string(), name: z.string().optional() });

export const IssuesPageSchema = z.looseObject({
  issues: z.array(SonarIssueSchema),
  paging: PagingSchema.optional(),
  total: z.number().int().optional(),
  components: z.array(ComponentSchema).optional(),
  rules: z.array(RuleRefSchema).optional(),
});
export interface IssuesPage extends z.infer<typeof IssuesPageSchema> {}

export const HotspotsPageSchema = z.looseObject({
  hotspots: z.array(SonarHotspotSchema),
  paging: PagingSchema.optional(),
  components: z.array(ComponentSchema).optional(),
});
export interface HotspotsPage extends z.infer<typeof HotspotsPageSchema> {}

export const GATE_STATUSES = ['OK', 'ERROR', 'WARN', 'NONE'] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];

export const GateConditionSchema = z.looseObject({
  status: z.string(),
  metricKey: z.string(),
  comparator: z.string().optional(),
  errorThreshold: z.string().optional(),
  actualValue: z.string().optional(),
});
export interface GateCondition extends z.infer<typeof GateConditionSchema> {}

export const QualityGateSchema = z.looseObject({
  status: z.enum(GATE_STATUSES),
  conditions: z.array(GateConditionSchema).optional(),
});

export const ProjectStatusSchema = z.looseObject({ projectStatus: QualityGateSchema });

export interface QualityGate {
  status: GateStatus;
  conditions: GateCondition[];
}

/** The JSON written by the `sonar-report` tool (soprasteria/sonar-report): issues already flattened. */
export const SonarReportSchema = z.looseObject({
  sonarComponent: z.string().optional(),
  projectName: z.string().optional(),
  branch: z.string().nullable().optional(),
  allBugs: z.boolean().optional(),
  rules: z.record(z.string(), z.looseObject({ name: z.string().optional() })).optional(),
  issues: z.array(
    z.looseObject({
      key: z.string().optional(),
      rule: z.string(),
      severity: z.string().optional(),
      status: z.string().optional(),
      component: z.string(),
      line: z.number().int().optional(),
      message: z.string().optional(),
    }),
  ),
  hotspotKeys: z.array(z.string()).optional(),
  qualityGateStatus: z.union([ProjectStatusSchema, z.boolean(), z.null()]).optional(),
});
export interface SonarReport extends z.infer<typeof SonarReportSchema> {}

/** Everything this importer knows how to turn into findings, whatever file or server it came from. */
export interface SonarBundle {
  issuePages: IssuesPage[];
  hotspotPages: HotspotsPage[];
  qualityGate?: QualityGate;
  /** The project key, when known, to strip from component keys. */
  projectKey?: string;
  branch?: string;
}
