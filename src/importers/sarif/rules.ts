import type { Confidence, Severity } from '../../core/model.js';
import { asArray, asRecord, asString, confidenceOf, cweList, severityOfScore, severityWord } from '../report-fields.js';

type Json = Record<string, unknown>;

/** The rules of one run: the driver's and every extension's, found by index or by id. */
export interface RuleIndex {
  byId: Map<string, Json>;
  driver: Json[];
  extensions: Json[][];
}

export function indexRules(run: Json): RuleIndex {
  const tool = asRecord(run.tool) ?? {};
  const driver = rulesOf(asRecord(tool.driver));
  const extensions = asArray(tool.extensions).map((e) => rulesOf(asRecord(e)));
  const byId = new Map<string, Json>();
  for (const rule of [...driver, ...extensions.flat()]) {
    const id = asString(rule.id);
    if (id && !byId.has(id)) byId.set(id, rule);
  }
  return { byId, driver, extensions };
}

function rulesOf(component: Json | undefined): Json[] {
  return asArray(component?.rules).map((r) => asRecord(r) ?? {});
}

/** The rule of a result: `rule.toolComponent.index` + `rule.index`, else `ruleIndex`, else the id. */
export function ruleOf(result: Json, rules: RuleIndex): Json | undefined {
  const ref = asRecord(result.rule);
  const index = indexOf(ref?.index) ?? indexOf(result.ruleIndex);
  const component = indexOf(asRecord(ref?.toolComponent)?.index);
  if (index !== undefined) {
    const list = component !== undefined ? rules.extensions[component] : rules.driver;
    const found = list?.[index];
    if (found && Object.keys(found).length > 0) return found;
  }
  const id = asString(result.ruleId) ?? asString(ref?.id);
  if (!id) return undefined;
  // A hierarchical id (`a/b/c`) may name a rule `a/b` or `a`.
  for (let key = id; key; key = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '') {
    const found = rules.byId.get(key);
    if (found) return found;
  }
  return undefined;
}

function indexOf(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export function propertiesOf(x: Json | undefined): Json {
  return asRecord(x?.properties) ?? {};
}

/**
 * Severity of a result: `security-severity` (CVSS-like score, or a word some tools write), then
 * `problem.severity` (CodeQL: error / warning / recommendation), then the SARIF level.
 */
export function sarifSeverity(result: Json, rule: Json | undefined): Severity {
  const props = { ...propertiesOf(rule), ...propertiesOf(result) };
  const sec = props['security-severity'];
  const score = typeof sec === 'number' ? sec : typeof sec === 'string' && sec.trim() !== '' ? Number(sec) : NaN;
  if (Number.isFinite(score) && score >= 0 && score <= 10) return severityOfScore(score);
  const word = severityWord(sec);
  if (word) return word;
  const problem = asString(props['problem.severity'])?.toLowerCase() ?? asString(asRecord(props.problem)?.severity)?.toLowerCase();
  if (problem === 'error') return 'high';
  if (problem === 'warning') return 'medium';
  if (problem === 'recommendation') return 'low';
  return levelSeverity(asString(result.level) ?? asString(asRecord(rule?.defaultConfiguration)?.level) ?? 'warning');
}

function levelSeverity(level: string): Severity {
  if (level === 'error') return 'high';
  if (level === 'note') return 'low';
  if (level === 'none') return 'info';
  return 'medium';
}

/** CodeQL's `precision` (very-high … low) → confidence; medium when the rule does not say. */
export function sarifConfidence(rule: Json | undefined): Confidence {
  return confidenceOf(propertiesOf(rule).precision, 'medium');
}

/** CWE ids from the rule's tags (`external/cwe/cwe-89`, `CWE-346`) and its relationships to a CWE taxonomy. */
export function sarifCwe(rule: Json | undefined, result: Json): string[] {
  const tags = [...asArray(propertiesOf(rule).tags), ...asArray(propertiesOf(result).tags)];
  const related = asArray(rule?.relationships).flatMap((r) => {
    const target = asRecord(asRecord(r)?.target);
    const component = asString(asRecord(target?.toolComponent)?.name) ?? '';
    const id = asString(target?.id);
    return id && /cwe/i.test(component) ? [/^\d+$/.test(id) ? `CWE-${id}` : id] : [];
  });
  return cweList([...tags.filter((t) => typeof t === 'string' && /cwe-\d/i.test(t)), ...related]);
}

/** The text of a multiformat message string (`text`, else `markdown`). */
export function textOf(v: unknown): string | undefined {
  const m = asRecord(v);
  return asString(m?.text) ?? asString(m?.markdown);
}
