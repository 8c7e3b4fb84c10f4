import { describe, expect, it } from 'vitest';
import { cweId, cweList, reportPath, severityOfScore, severityWord } from './report-fields.js';

describe('report fields', () => {
  it('reads CWE ids however tools write them', () => {
    expect(['CWE-89', 'cwe-089', 'external/cwe/cwe-022', 'CWE-79: Improper Neutralization', 352, '78', 'owasp-a1', 'NOCWE-1', -3].map(cweId))
      .toEqual(['CWE-89', 'CWE-89', 'CWE-22', 'CWE-79', 'CWE-352', 'CWE-78', undefined, undefined, undefined]);
    expect(cweList(['CWE-89', 'cwe-89', 'x'])).toEqual(['CWE-89']);
  });

  it('maps scores and words to severities', () => {
    expect([9, 8.9, 7, 6.9, 4, 3.9, 0.1, 0].map(severityOfScore)).toEqual(['critical', 'high', 'high', 'medium', 'medium', 'low', 'low', 'info']);
    expect(['CRITICAL', 'Moderate', 'none', 'weird', 3].map(severityWord)).toEqual(['critical', 'medium', 'info', undefined, undefined]);
  });

  it('makes report paths relative to the root only when under it, and never resolves them otherwise', () => {
    expect(reportPath('/srv/app/src/a.py', '/srv/app')).toBe('src/a.py');
    expect(reportPath('file:///srv/app/src/a%20b.py', '/srv/app')).toBe('src/a b.py');
    expect(reportPath('/srv/other/a.py', '/srv/app')).toBe('/srv/other/a.py');
    expect(reportPath('/srv/app', '/srv/app')).toBe('/srv/app');
    expect(reportPath('../../etc/passwd', '/srv/app')).toBe('../../etc/passwd');
    expect(reportPath('.\\dojo\\views.py', undefined)).toBe('dojo/views.py');
    expect(reportPath('./src/a.py', undefined)).toBe('src/a.py');
    expect(reportPath('/abs/a.py', undefined)).toBe('/abs/a.py');
  });
});
