import cvssCalculator from 'ae-cvss-calculator';
import { describe, expect, it } from 'vitest';
import type { Advisory, OsvAffected } from '../types.js';
import { scoreCvss, severityOfScore } from './cvss.js';
import { severityOf } from './severity.js';
import { issueSink, type AffectedMatch } from './types.js';

const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
const V31_HIGH = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N';
const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
const V4_LOCAL = 'CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N';

function match(over: Partial<Advisory>, entry: Partial<OsvAffected> = {}): AffectedMatch {
  const e: OsvAffected = { package: { ecosystem: 'PyPI', name: 'demo' }, ...entry };
  return { advisory: { id: 'A-1', modified: '2024-01-01T00:00:00Z', affected: [e], ...over }, entries: [e], via: ['ECOSYSTEM'], fixed: [], lastAffected: [] };
}

describe('CVSS scores', () => {
  it('a v3.1 and a v4 vector get the library score (and the published FIRST values)', () => {
    const v31 = scoreCvss({ type: 'CVSS_V3', score: V31 });
    const v4 = scoreCvss({ type: 'CVSS_V4', score: V4 });
    expect(v31).toEqual({ version: '3.1', vector: V31, score: new cvssCalculator.Cvss3P1(V31).calculateScores().base });
    expect(v4).toEqual({ version: '4.0', vector: V4, score: new cvssCalculator.Cvss4P0(V4).calculateScores().baseMetricsOnly });
    // FIRST's calculators: 9.8 for the v3.1 network RCE vector, 9.3 for its v4 counterpart, 6.9 for the local DoS.
    expect([v31, v4, scoreCvss({ type: 'CVSS_V4', score: V4_LOCAL })].map((s) => (s instanceof Error ? s : s?.score))).toEqual([9.8, 9.3, 6.9]);
    expect(scoreCvss({ type: 'CVSS_V3', score: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' })).toMatchObject({ version: '3.0', score: 7.5 });
    expect(scoreCvss({ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' })).toMatchObject({ version: '2.0', score: 7.5 });
  });

  it('a v4 base score leaves threat metrics out (CVSS-B, not CVSS-BT)', () => {
    expect(scoreCvss({ type: 'CVSS_V4', score: `${V4}/E:U` })).toMatchObject({ score: 9.3 });
  });

  it('malformed or incomplete vectors are errors, other severity types are not CVSS', () => {
    expect(scoreCvss({ type: 'CVSS_V3', score: 'CVSS:3.1/AV:Z/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' })).toBeInstanceOf(Error);
    expect(scoreCvss({ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N' })).toBeInstanceOf(Error);
    expect(scoreCvss({ type: 'CVSS_V3', score: V4 })).toBeInstanceOf(Error);
    expect(scoreCvss({ type: 'Ubuntu', score: 'high' })).toBeUndefined();
  });

  it('maps scores to severities at the CVSS thresholds', () => {
    expect([10, 9, 8.9, 7, 6.9, 4, 3.9, 0.1, 0].map(severityOfScore)).toEqual(['critical', 'critical', 'high', 'high', 'medium', 'medium', 'low', 'low', 'info']);
  });
});

describe('severity of a vulnerability', () => {
  it('prefers v4 over v3.1 over v3.0 over v2, wherever the vector sits', () => {
    const both = match({ severity: [{ type: 'CVSS_V3', score: V31 }, { type: 'CVSS_V4', score: V4_LOCAL }] });
    expect(severityOf([both], issueSink())).toEqual({ severity: 'medium', source: 'cvss', cvss: { version: '4.0', vector: V4_LOCAL, score: 6.9 } });
    const split = [match({ id: 'A', severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:C/I:C/A:C' }] }), match({ id: 'B' }, { severity: [{ type: 'CVSS_V3', score: V31_HIGH }] })];
    expect(severityOf(split, issueSink())).toMatchObject({ severity: 'high', cvss: { version: '3.1', score: 7.5 } });
  });

  it('reports a bad vector and falls back to the next source', () => {
    const issues = issueSink();
    const bad = match({ id: 'GHSA-bad', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:Q' }], database_specific: { severity: 'MODERATE' } });
    expect(severityOf([bad], issues)).toEqual({ severity: 'medium', source: 'database' });
    expect(issues.list()).toEqual([{ code: 'invalid-advisory', advisory: 'GHSA-bad', message: expect.stringMatching(/^GHSA-bad: CVSS 3.1 vector/) }]);
  });

  it('uses GHSA database severity, then distribution labels, then medium by default', () => {
    expect(severityOf([match({ database_specific: { severity: 'CRITICAL' } })], issueSink())).toEqual({ severity: 'critical', source: 'database' });
    expect(severityOf([match({}, { ecosystem_specific: { ubuntu_priority: 'high' } })], issueSink())).toEqual({ severity: 'high', source: 'ecosystem' });
    expect(severityOf([match({ severity: [{ type: 'Ubuntu', score: 'negligible' }] })], issueSink())).toEqual({ severity: 'info', source: 'ecosystem' });
    expect(severityOf([match({}, { ecosystem_specific: { urgency: 'low' } })], issueSink())).toEqual({ severity: 'low', source: 'ecosystem' });
    expect(severityOf([match({ summary: 'Important: openssl security update' })], issueSink())).toEqual({ severity: 'high', source: 'ecosystem' });
    expect(severityOf([match({}, { ecosystem_specific: { urgency: 'not yet assigned' } })], issueSink())).toEqual({ severity: 'medium', source: 'default' });
  });

  it('takes the highest rating when merged advisories disagree', () => {
    const ms = [match({ id: 'A', database_specific: { severity: 'LOW' } }), match({ id: 'B', database_specific: { severity: 'HIGH' } })];
    expect(severityOf(ms, issueSink()).severity).toBe('high');
  });
});
