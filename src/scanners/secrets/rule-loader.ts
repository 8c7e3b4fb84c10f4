import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../../core/errors.js';
import { fromPackageRoot } from '../../core/paths.js';
import { compilePattern, groupCount } from './pattern.js';
import { SecretRuleFileSchema } from './rule-schema.js';
import type { SecretRule, SecretRuleFile } from './rule-schema.js';

/** `<rule-id>.yaml`; annotated test files (`<rule-id>.test.<ext>`) live beside them. */
export function isRuleFileName(name: string): boolean {
  return name.endsWith('.yaml') && !name.includes('.test.');
}

export function defaultRulesDir(): string {
  return fromPackageRoot('rules', 'secrets');
}

/** Reads, validates and compiles every rule file in a directory, in file-name order. */
export function loadRulesFrom(dir: string): SecretRule[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter(isRuleFileName).sort();
  } catch (err) {
    throw new ConfigError(`cannot read secret rules from ${dir}: ${(err as Error).message}`, { cause: err });
  }
  const rules = names.map((name) => parseRuleFile(readFileSync(path.join(dir, name), 'utf8'), name));
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.meta.id)) throw new ConfigError(`secret rule id '${r.meta.id}' is defined twice in ${dir}`);
    seen.add(r.meta.id);
  }
  return rules;
}

/** Validates one rule file; every error names the file and the offending key. */
export function parseRuleFile(text: string, file: string): SecretRule {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw new ConfigError(`secret rule ${file}: not valid YAML: ${(err as Error).message}`, { cause: err });
  }
  const result = SecretRuleFileSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(`secret rule ${file}: ${describeIssues(result.error.issues)}`);
  const spec = result.data;
  const expectedName = `${spec.id}.yaml`;
  if (path.basename(file) !== expectedName) {
    throw new ConfigError(`secret rule ${file}: id: '${spec.id}' must match the file name (${expectedName})`);
  }
  return compileRule(spec, file);
}

function compileRule(spec: SecretRuleFile, file: string): SecretRule {
  const regex = compileOrThrow(spec.regex, 'gd', file, 'regex');
  const groups = Array.isArray(spec.secretGroup) ? spec.secretGroup : [spec.secretGroup];
  const available = groupCount(regex);
  for (const g of groups) {
    if (g > available) {
      throw new ConfigError(`secret rule ${file}: secretGroup: group ${g} does not exist (the regex has ${available})`);
    }
  }
  const allow = spec.allowlist;
  return {
    meta: {
      id: spec.id,
      title: spec.title,
      description: spec.description,
      severity: spec.severity,
      category: 'secret',
      confidence: spec.confidence,
      cwe: spec.cwe,
      help: spec.help,
      tags: spec.tags,
      references: spec.references,
    },
    kind: spec.kind,
    keywords: spec.keywords,
    regex,
    secretGroups: groups,
    multiline: spec.multiline,
    reportAt: spec.reportAt,
    ...(spec.minEntropy !== undefined && { minEntropy: spec.minEntropy }),
    ...(spec.minCharClasses !== undefined && { minCharClasses: spec.minCharClasses }),
    ...(spec.validate !== undefined && { validate: spec.validate }),
    allowlist: {
      regexes: (allow?.regexes ?? []).map((r, i) => compileOrThrow(r, '', file, `allowlist.regexes[${i}]`)),
      matchRegexes: (allow?.matchRegexes ?? []).map((r, i) => compileOrThrow(r, '', file, `allowlist.matchRegexes[${i}]`)),
      stopwords: allow?.stopwords ?? [],
    },
  };
}

function compileOrThrow(source: string, flags: string, file: string, key: string): RegExp {
  try {
    return compilePattern(source, flags);
  } catch (err) {
    throw new ConfigError(`secret rule ${file}: ${key}: invalid regex: ${(err as Error).message}`, { cause: err });
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const key = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return `${key}: ${issue.message}`;
    })
    .join('; ');
}
