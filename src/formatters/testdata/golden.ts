import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RuleMeta, ScanResult } from '../../core/model.js';
import { ScanResultSchema } from '../../core/model.js';
import { evaluateGate } from '../../core/policy.js';
import { stringifySafe } from '../shared/stringify.js';
import type { GateOutcome } from '../types.js';

/**
 * Golden-file support for formatter tests (Trivy's `<target>.<format>.golden`). Volatile fields
 * (timestamps, durations, the tool version) are blanked before comparing, as Syft's redactor does.
 * `UPDATE_GOLDEN=1 npx vitest run src/formatters` rewrites the goldens.
 */
export const testdataDir = fileURLToPath(new URL('./', import.meta.url));

export function testdataPath(name: string): string {
  return `${testdataDir}${name}`;
}

/** The demo scan of examples/flask-app, validated against the model. */
export function loadSample(): ScanResult {
  return ScanResultSchema.parse(JSON.parse(readFileSync(testdataPath('demo.result.json'), 'utf8')));
}

export function loadRules(): RuleMeta[] {
  return JSON.parse(readFileSync(testdataPath('demo.rules.json'), 'utf8')) as RuleMeta[];
}

export function sampleGate(result: ScanResult): GateOutcome {
  return evaluateGate(result.findings, 'high');
}

const TIMESTAMP_KEYS = new Set(['startedAt', 'startTimeUtc', 'endTimeUtc']);
const VERSION_KEYS = new Set(['version', 'semanticVersion']);
const VERSION_OWNERS = new Set(['tool', 'driver']);

function redactValue(value: unknown, key: string, parent: string): unknown {
  if (TIMESTAMP_KEYS.has(key) && typeof value === 'string') return '<timestamp>';
  if (key === 'durationMs' && typeof value === 'number') return 0;
  if (VERSION_KEYS.has(key) && VERSION_OWNERS.has(parent) && typeof value === 'string') return '<version>';
  if (Array.isArray(value)) return value.map((v) => redactValue(v, '', key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, k, key)]));
  }
  return value;
}

/** Blanks what changes from run to run or release to release; the rest must match byte for byte. */
export function redactVolatile(output: string, format: string): string {
  if (format === 'json' || format === 'sarif') {
    return stringifySafe(redactValue(JSON.parse(output), '', ''));
  }
  return output
    .replace(/\bin \d+(?:\.\d+)?(?:ms|s)\b/g, 'in <duration>')
    .replace(/\bpatchline \d+\.\d+\.\d+[\w.+-]*/g, 'patchline <version>');
}

export interface GoldenComparison {
  expected: string;
  actual: string;
}

/**
 * Reads `<target>.<format>.golden` (writing it first when UPDATE_GOLDEN=1) and returns both sides,
 * redacted, for the test to compare.
 */
export function compareGolden(target: string, format: string, output: string): GoldenComparison {
  const file = testdataPath(`${target}.${format}.golden`);
  const actual = redactVolatile(output, format);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing; run UPDATE_GOLDEN=1 npx vitest run src/formatters to create it.`);
  }
  return { expected: readFileSync(file, 'utf8'), actual };
}
