import { describe, expect, it } from 'vitest';
import { distInfoCataloger } from './index.js';


describe('python/dist-info', () => {
  it('matches installed metadata only', () => {
    expect(['usr/lib/python3/dist-packages/six-1.16.0.dist-info/METADATA', 'app/.venv/lib/python3.12/site-packages/Flask-2.0.1.egg-info/PKG-INFO'].every(distInfoCataloger.matches)).toBe(true);
    expect(['src/flask.egg-info/PKG-INFO', 'site-packages/x.dist-info/RECORD'].some(distInfoCataloger.matches)).toBe(false);
  });

  it('reads Name and Version from the header block, not from the description', async () => {
    const text = 'Metadata-Version: 2.1\nName: Jinja2\nVersion: 2.11.2\nSummary: x\n\nName: not-this\nVersion: 0\n';
    const out = await distInfoCataloger.extract({ path: 'usr/lib/python3.9/site-packages/Jinja2-2.11.2.dist-info/METADATA', size: text.length, text });
    expect(out.packages.map((p) => [p.name, p.version, p.purl])).toEqual([['jinja2', '2.11.2', 'pkg:pypi/jinja2@2.11.2']]);
    const bad = await distInfoCataloger.extract({ path: 'site-packages/a.dist-info/METADATA', size: 5, text: 'junk\n' });
    expect(bad.issues?.[0]?.code).toBe('parse-error');
  });
});
