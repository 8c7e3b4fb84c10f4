import { z } from 'zod';
import { ConfidenceSchema, SeveritySchema } from '../../core/model.js';
import type { RuleMeta } from '../../core/model.js';
import type { CompiledAllowlist } from './allowlist.js';

const lowercaseAscii = z
  .string()
  .min(2)
  .regex(/^[\x20-\x7e]+$/, 'must be printable ASCII')
  .refine((s) => s === s.toLowerCase(), 'must be lowercase (keywords are matched case-insensitively)');

/** How specific a rule is: when two rules match overlapping text, the more specific one is kept. */
export const RULE_KINDS = ['generic', 'format', 'provider'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const VALIDATORS = ['jwt', 'basic-auth'] as const;
export type ValidatorName = (typeof VALIDATORS)[number];

/** One `rules/secrets/<id>.yaml` file. */
export const SecretRuleFileSchema = z.strictObject({
  id: z.string().regex(/^secret\.[a-z0-9]+(?:-[a-z0-9]+)*$/, "must look like 'secret.<kebab-name>'"),
  title: z.string().min(1),
  description: z.string().min(1),
  severity: SeveritySchema,
  confidence: ConfidenceSchema,
  kind: z.enum(RULE_KINDS).default('provider'),
  cwe: z.array(z.string().regex(/^CWE-\d+$/)).min(1),
  help: z.string().min(1),
  tags: z.array(z.string().min(1)).default([]),
  references: z.array(z.url()).default([]),
  /** The prefilter: the regex only runs on lines holding one of these (lowercase, any case in the file). */
  keywords: z.array(lowercaseAscii).min(1),
  regex: z.string().min(1),
  /** Capture group holding the secret; with a list, the first group that took part in the match. */
  secretGroup: z.union([z.number().int().min(0), z.array(z.number().int().min(0)).min(1)]).default(1),
  /** Run the regex on the whole file instead of line by line (for secrets spanning lines). */
  multiline: z.boolean().default(false),
  /** Where the finding points: the secret itself, or the start of the whole match (e.g. a PEM BEGIN line). */
  reportAt: z.enum(['secret', 'match']).default('secret'),
  minEntropy: z.number().min(0).max(8).optional(),
  /** Minimum number of character classes (lowercase, uppercase, digit) in the secret. */
  minCharClasses: z.number().int().min(1).max(3).optional(),
  validate: z.enum(VALIDATORS).optional(),
  allowlist: z
    .strictObject({
      regexes: z.array(z.string().min(1)).default([]),
      matchRegexes: z.array(z.string().min(1)).default([]),
      stopwords: z.array(lowercaseAscii).default([]),
    })
    .optional(),
});
export type SecretRuleFile = z.infer<typeof SecretRuleFileSchema>;

/** A validated rule with its regexes compiled once. */
export interface SecretRule {
  meta: RuleMeta;
  kind: RuleKind;
  keywords: readonly string[];
  /** Compiled with the `g` and `d` flags; reset `lastIndex` before use. */
  regex: RegExp;
  secretGroups: readonly number[];
  multiline: boolean;
  reportAt: 'secret' | 'match';
  minEntropy?: number;
  minCharClasses?: number;
  validate?: ValidatorName;
  allowlist: CompiledAllowlist;
}
