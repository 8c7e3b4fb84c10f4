import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../testing/fixtures.js';
import type { ReportInput } from '../types.js';
import { htmlText } from './map.js';
import { zapImporter } from './index.js';

function report(...segments: string[]): ReportInput {
  return { name: segments.at(-1)!, bytes: readFileSync(fixture('reports', 'zap', ...segments)) };
}

function text(name: string, body: string): ReportInput {
  return { name, bytes: Buffer.from(body) };
}

const decode = (input: ReportInput) => zapImporter.decode(input);

describe('zap importer on real JSON reports', () => {
  it('reads webgoat.json: one finding per instance, CWE, risk, confidence, attack and the plugin id', () => {
    const out = decode(report('json', 'webgoat.json'));
    expect(out.issues).toEqual([]);
    expect(out.properties).toEqual({ 'zap.version': '2.7.0', 'zap.generated': 'Thu, 6 Dec 2018 10:53:11' });
    expect(out.findings).toHaveLength(312);
    expect(out.findings.every((f) => f.category === 'web' && f.location.kind === 'url')).toBe(true);
    const sqli = out.findings.filter((f) => f.ruleId === 'zap:40018');
    expect(sqli).toHaveLength(6);
    expect(sqli[0]).toMatchObject({
      severity: 'high', confidence: 'medium', title: 'SQL Injection', cwe: ['CWE-89'], tags: ['zap:40018'],
      location: { kind: 'url', url: 'http://mymac.com:8191/WebGoat/service/debug/labels.mvc?query=query+ASC++--+', method: 'GET', param: 'query' },
      evidence: 'attack: query ASC  --',
      references: ['https://www.owasp.org/index.php/Top_10_2010-A1', 'https://www.owasp.org/index.php/SQL_Injection_Prevention_Cheat_Sheet'],
    });
    expect(sqli[0]!.message).toMatch(/^SQL injection may be possible\.\n\nThe original page results were successfully replicated/);
    expect(sqli[0]!.fix).toContain("If the application uses JDBC, use PreparedStatement");
    expect(out.findings.find((f) => f.ruleId === 'zap:10021')).toMatchObject({ severity: 'low', cwe: ['CWE-16'], location: { param: 'X-Content-Type-Options' } });
  });

  it('reads zero.webappsecurity.json, whose first site has no alerts and whose fuzzer alert has no CWE', () => {
    const out = decode(report('json', 'zero.webappsecurity.json'));
    expect(out.issues).toEqual([]);
    expect(out.findings).toHaveLength(167);
    const fuzz = out.findings.find((f) => f.ruleId === 'zap:10104')!;
    expect(fuzz).toMatchObject({ severity: 'info', cwe: [], location: { url: 'http://zero.webappsecurity.com/favicon.ico', param: 'Header User-Agent' } });
  });
});

describe('zap importer on real XML reports', () => {
  it('reads every DefectDojo sample with the instance counts the files hold (commented-out alerts are not read)', () => {
    const counts = Object.fromEntries(
      ['0_zap_sample.xml', 'dvwa_baseline.xml', 'empty_2.9.0.xml', 'juiceshop.xml', 'some_2.9.0.xml', 'zap-results-first-scan.xml', 'zap_2.16.1_with_req_resp.xml']
        .map((name) => {
          const out = decode(report('xml', name));
          expect(out.issues, name).toEqual([]);
          return [name, out.findings.length];
        }),
    );
    expect(counts).toEqual({
      '0_zap_sample.xml': 12, 'dvwa_baseline.xml': 124, 'empty_2.9.0.xml': 0, 'juiceshop.xml': 86,
      'some_2.9.0.xml': 17, 'zap-results-first-scan.xml': 130, 'zap_2.16.1_with_req_resp.xml': 13,
    });
  });

  it('decodes escaped HTML descriptions and attacks (zap-results-first-scan.xml, reflected XSS)', () => {
    const xss = decode(report('xml', 'zap-results-first-scan.xml')).findings.filter((f) => f.cwe.includes('CWE-79') && f.severity === 'high');
    expect(xss.length).toBeGreaterThan(0);
    expect(xss[0]!.evidence).toContain('attack: </font><script>alert(1);</script><font>');
    expect(xss[0]!.message).not.toMatch(/&lt;|<p>/);
  });

  it('keeps the -plus request and response as HTTP text, with the bearer token and cookie values masked', () => {
    const out = decode(report('xml', 'zap_2.16.1_with_req_resp.xml'));
    expect(out.properties).toEqual({ 'zap.version': '2.16.1', 'zap.generated': 'Sun, 22 Jun 2025 04:04:14' });
    const auth = out.findings.find((f) => f.ruleId === 'zap:10111')!;
    expect(auth).toMatchObject({ severity: 'info', confidence: 'low', location: { method: 'POST', param: 'user_identifier' } });
    expect(auth.http!.request).toMatch(/^POST https:\/\/example-domain\.com\/cpapi\/api\/account\/verifypasswordless HTTP\/1\.1\nhost: example-domain\.com\n/);
    expect(auth.http!.request).toContain('authorization: Bearer ****\n\n{"user_identifier":"string"');
    expect(auth.http!.response).toMatch(/^HTTP\/1\.1 400 Bad Request\n/);
    expect(auth.http!.response).toContain('Set-Cookie: TiPMix=****; path=/; HttpOnly;');
  });
});

describe('zap importer mapping and hostile input', () => {
  const alert = (extra: Record<string, unknown>) => ({ site: [{ alerts: [{ pluginid: '40012', alertRef: '40012-1', name: 'XSS', riskcode: '3', confidence: '0', cweid: '79', instances: [{ uri: 'http://u:pw@h/x?q=1', method: 'get', param: 'q', evidence: 'Set-Cookie: sid=abc123' }], ...extra }] }], '@version': '2.14.0', '@generated': 'now' });

  it('marks confidence 0 (false positive) as suppressed, tags the alert ref, and masks credentials and cookies', () => {
    const f = decode(text('r.json', JSON.stringify(alert({})))).findings[0]!;
    expect(f).toMatchObject({
      ruleId: 'zap:40012', tags: ['zap:40012', 'zap:40012-1'], severity: 'high', confidence: 'low',
      location: { url: 'http://u:****@h/x?q=1', method: 'GET', param: 'q' }, evidence: 'Set-Cookie: sid=****',
      suppression: { status: 'active', reason: 'marked as a false positive in ZAP', matchedBy: 'zap:confidence=0' },
    });
  });

  it('skips instances without a uri and alerts without instances, and says so', () => {
    const doc = alert({ instances: [{ method: 'GET' }, { uri: 'http://h/' }] });
    (doc.site[0]!.alerts as unknown[]).push({ pluginid: '1', name: 'bare' });
    const out = decode(text('r.json', JSON.stringify(doc)));
    expect(out.findings).toHaveLength(1);
    expect(out.issues).toEqual([
      expect.objectContaining({ code: 'bad-report', message: expect.stringContaining('1 results without a uri') }),
      expect.objectContaining({ code: 'bad-report', message: expect.stringContaining('1 alerts without instances') }),
    ]);
  });

  it('refuses malformed XML, entity declarations and JSON without sites with an issue', () => {
    expect(decode(text('r.xml', '<OWASPZAPReport><site>')).issues).toEqual([expect.objectContaining({ code: 'parse-error', message: expect.stringContaining('not well-formed XML') })]);
    const bomb = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><OWASPZAPReport>&a;</OWASPZAPReport>';
    expect(decode(text('r.xml', bomb)).issues).toEqual([expect.objectContaining({ message: expect.stringContaining('declares XML entities') })]);
    expect(decode(text('r.json', '{"@version": "2"')).issues).toEqual([expect.objectContaining({ code: 'parse-error' })]);
    expect(decode(text('r.json', '{"@version": "2", "@generated": "x"}')).issues).toEqual([expect.objectContaining({ code: 'bad-report', message: expect.stringContaining('no site list') })]);
  });

  it('turns ZAP HTML into text, a paragraph a line', () => {
    expect(htmlText('<p>One &amp; <b>two</b>.</p><p>Three<br/>four</p>')).toBe('One & two.\nThree\nfour');
  });
});

describe('zap identify', () => {
  it('says yes to ZAP JSON and XML and no to other reports', () => {
    expect(zapImporter.identify(report('json', 'webgoat.json'))).toBe(true);
    expect(zapImporter.identify(report('xml', 'empty_2.9.0.xml'))).toBe(true);
    expect(zapImporter.identify(text('r.json', '{"@programName": "ZAP", "@version": "2.14.0", "site": []}'))).toBe(true);
    expect(zapImporter.identify(text('r.json', '{"results": [], "errors": []}'))).toBe(false);
    expect(zapImporter.identify(text('r.xml', '<?xml version="1.0"?><project/>'))).toBe(false);
    expect(zapImporter.identify({ name: 'b.json', bytes: readFileSync(fixture('reports', 'bandit', 'one_vuln.json')) })).toBe(false);
  });
});
