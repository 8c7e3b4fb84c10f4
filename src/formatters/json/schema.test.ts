import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../core/paths.js';
import { loadSample, sampleGate } from '../testdata/golden.js';
import { validateAgainst } from '../testdata/validate.js';
import { jsonFormatter } from './index.js';
import { buildReportSchema, renderReportSchema, SCHEMA_PATH } from './report-schema.js';

const schemaFile = fromPackageRoot(...SCHEMA_PATH);

describe('schema/scan-result.schema.json', () => {
  const sample = loadSample();
  const output = JSON.parse(jsonFormatter.render(sample, { color: false, gate: sampleGate(sample) })) as Record<string, unknown>;

  it('is the schema generated from the zod model (UPDATE_GOLDEN=1 regenerates it)', () => {
    const generated = renderReportSchema();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(schemaFile, generated);
    expect(existsSync(schemaFile), `${schemaFile} is missing`).toBe(true);
    expect(readFileSync(schemaFile, 'utf8')).toBe(generated);
  });

  it('accepts the whole json output, summary included', () => {
    const committed = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
    expect(validateAgainst(committed, output)).toEqual([]);
  });

  it('accepts it under the strict variant too: the formatter emits nothing undocumented', () => {
    expect(validateAgainst(buildReportSchema({ strict: true }), output)).toEqual([]);
  });

  it('accepts an empty scan without a gate', () => {
    const empty = { ...sample, findings: [], issues: [], packages: [] };
    const out = JSON.parse(jsonFormatter.render(empty, { color: false })) as object;
    expect(validateAgainst(buildReportSchema({ strict: true }), out)).toEqual([]);
  });

  it('rejects a report that breaks it', () => {
    const committed = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
    const { summary: _summary, ...noSummary } = output;
    expect(validateAgainst(committed, noSummary).join()).toMatch(/summary/);
    const badSeverity = structuredClone(output) as { findings: { severity: string }[] };
    badSeverity.findings[0]!.severity = 'urgent';
    expect(validateAgainst(committed, badSeverity)).not.toEqual([]);
    const badLocation = structuredClone(output) as { findings: { location: object }[] };
    badLocation.findings[0]!.location = { kind: 'file', path: 'a.py', startLine: 0 };
    expect(validateAgainst(committed, badLocation)).not.toEqual([]);
  });

  it('allows fields it does not know (readers pinned to 1.x accept any 1.y), the strict variant does not', () => {
    const extended = { ...output, futureField: true };
    const committed = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
    expect(validateAgainst(committed, extended)).toEqual([]);
    expect(validateAgainst(buildReportSchema({ strict: true }), extended)).not.toEqual([]);
  });
});
