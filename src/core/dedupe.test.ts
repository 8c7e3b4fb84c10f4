import { describe, expect, it } from 'vitest';
import { dedupe } from './dedupe.js';
import type { Finding } from './model.js';

function finding(scanner: string, ruleId: string, extra: Partial<Finding> = {}): Finding {
  return {
    fingerprint: `${scanner}-${ruleId}`, ruleId, scanner, category: 'secret', severity: 'high', confidence: 'high',
    title: ruleId, message: ruleId, cwe: ['CWE-798'], aliases: [], references: [],
    location: { kind: 'file', path: 'Dockerfile', startLine: 6 }, sources: [scanner], ...extra,
  };
}

describe('dedupe', () => {
  it('merges the same fingerprint from two scanners into one finding with both sources', () => {
    const out = dedupe([finding('a', 'r', { fingerprint: 'x' }), finding('b', 'r', { fingerprint: 'x' })]);
    expect(out).toHaveLength(1);
    expect(out[0]!.sources).toEqual(['a', 'b']);
  });

  it('merges findings of different scanners on the same line that share a CWE, keeping the more severe', () => {
    const out = dedupe([
      finding('secrets', 'secret.generic-assignment', { severity: 'medium' }),
      finding('dockerfile', 'dockerfile.secret-in-env-arg', { tags: ['trivy:DS031'] }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      ruleId: 'dockerfile.secret-in-env-arg', severity: 'high', sources: ['dockerfile', 'secrets'],
      tags: ['trivy:DS031', 'secrets:secret.generic-assignment'],
    });
  });

  it('prefers a native finding over an imported one, and keeps different CWEs or lines apart', () => {
    const native = finding('sast', 'sast.python.sql', { cwe: ['CWE-89'], severity: 'medium' });
    const imported = finding('import:sonarqube', 'sonarqube:S3649', { cwe: ['CWE-89'], severity: 'critical' });
    const out = dedupe([imported, native, finding('secrets', 'secret.x'), finding('secrets', 'secret.y', { location: { kind: 'file', path: 'Dockerfile', startLine: 7 } })]);
    expect(out.map((f) => f.ruleId)).toEqual(['sast.python.sql', 'secret.x', 'secret.y']);
    expect(out[0]!.sources).toEqual(['sast', 'import:sonarqube']);
  });

  it('merges web findings of two tools on the same URL and parameter that share a CWE', () => {
    const web = (scanner: string, ruleId: string, url: string, param: string | undefined, extra: Partial<Finding> = {}) =>
      finding(scanner, ruleId, { fingerprint: `${scanner}-${ruleId}-${url}-${param}`, category: 'web', cwe: ['CWE-89'], location: { kind: 'url', url, method: 'GET', ...(param && { param }) }, ...extra });
    const native = web('dast', 'dast.sqli', 'http://127.0.0.1:5000/search?q=test&page=1', 'q', { severity: 'high' });
    const zap = web('import:zap', 'zap:40018', 'HTTP://127.0.0.1:5000/search?page=1&q=%27', 'q', {
      tags: ['zap:40018'], http: { request: 'GET /search?page=1&q=%27 HTTP/1.1', response: 'HTTP/1.1 500' },
    });
    const otherParam = web('import:zap', 'zap:40018', 'http://127.0.0.1:5000/search?q=x&page=1', 'page');
    const otherCwe = web('import:zap', 'zap:40012', 'http://127.0.0.1:5000/search?q=x&page=1', 'q', { cwe: ['CWE-79'] });
    const defaultPort = web('a', 'r1', 'https://example.com:443/login', undefined, { cwe: ['CWE-614'] });
    const samePage = web('b', 'r2', 'https://EXAMPLE.com/login#form', undefined, { cwe: ['CWE-614'] });
    const out = dedupe([zap, native, otherParam, otherCwe, defaultPort, samePage]);
    expect(out.map((f) => f.ruleId)).toEqual(['dast.sqli', 'zap:40018', 'zap:40012', 'r1']);
    expect(out[0]).toMatchObject({ sources: ['dast', 'import:zap'], tags: ['import:zap:zap:40018', 'zap:40018'], http: zap.http });
    expect(out[0]!.location).toEqual(native.location);
    expect(out[3]!.sources).toEqual(['a', 'b']);
  });
});

