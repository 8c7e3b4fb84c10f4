import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileLocation } from '../../core/model.js';
import { defaultEngine } from './engine.js';
import { findSecrets } from './matcher.js';
import { defaultRulesDir } from './rule-loader.js';
import { MAX_FINDINGS_PER_FILE, scanSecrets } from './scan.js';

// Built from parts so this file does not itself read as a leak.
const GHP = ['ghp', 'qtwanpHAki13msKagujj85CT8biyxW4bU7bw'].join('_');
const GHP2 = ['ghp', 'Zr4Kd9wQm2Lx7Tn5Vb8Hc3Jy6Fp1Gs0Ea4Wk'].join('_');
const AKIA = ['AKIA', 'WOUW5Z53DPHBN2JC'].join('');
const AWS_SECRET = ['q0Eu2uKcDVWdhzMpMrX3', 'J2xZJxGp/0QiUQF4XCW4'].join('');

const loc = (f: { location: unknown }): FileLocation => f.location as FileLocation;

const ruleText = JSON.stringify(defaultEngine().rules.map((r) => r.meta));

/**
 * Any 8 characters of the secret past the 4 that redaction shows, found in the output, that do not come
 * from rule metadata (a description may quote a key prefix such as pypi-AgEIcHlwaS5vcmc).
 */
function leakedPart(output: string, secret: string): string | undefined {
  const shown = secret.length > 8 ? 4 : 0;
  const width = Math.min(8, secret.length - shown);
  for (let i = shown; i + width <= secret.length; i++) {
    const part = secret.slice(i, i + width);
    if (output.includes(part) && !ruleText.includes(part)) return part;
  }
  return undefined;
}

describe('scanSecrets: findings', () => {
  it('reports position, redacted message, evidence and a hash of the secret', () => {
    const [f, ...rest] = scanSecrets(`# config\nkey_id = "${AKIA}"\n`, 'app/settings.py').findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'secret.aws-access-key-id',
      category: 'secret',
      severity: 'high',
      message: 'AWS access key id found: AKIA**** (20 chars)',
      evidence: 'AKIA**** (20 chars)',
      fingerprintContent: createHash('sha256').update(AKIA).digest('hex'),
    });
    expect(loc(f!)).toMatchObject({ path: 'app/settings.py', startLine: 2, startColumn: 11, endLine: 2, endColumn: 31 });
    expect(loc(f!).snippet).toBe('key_id = "AKIA**** (20 chars)"');
  });

  it('reports one finding per occurrence, and the same fingerprint content for the same secret', () => {
    const { findings } = scanSecrets(`a = "${GHP}"\nb = "${GHP}"\nc = "${GHP2}"\n`, 'x.py');
    expect(findings.map((f) => loc(f).startLine)).toEqual([1, 2, 3]);
    expect(findings[0]!.fingerprintContent).toBe(findings[1]!.fingerprintContent);
    expect(findings[2]!.fingerprintContent).not.toBe(findings[0]!.fingerprintContent);
  });

  it('keeps the provider rule when the generic rule matches the same value', () => {
    const { findings } = scanSecrets(`aws_secret_access_key = "${AWS_SECRET}"\ntoken = "${GHP}"\n`, 'x.py');
    expect(findings.map((f) => f.ruleId)).toEqual(['secret.aws-secret-access-key', 'secret.github-token']);
  });

  it('treats a bare value as a literal in config files but as a reference in code', () => {
    const line = 'db_password = Kp9xL2mQ7vZtR4\n';
    expect(scanSecrets(line, 'app/db.py').findings).toEqual([]);
    expect(scanSecrets(line, 'deploy/prod.env').findings.map((f) => f.ruleId)).toEqual(['secret.generic-assignment']);
  });

  it('is deterministic across calls', () => {
    const text = `x = "${GHP}"\n`;
    expect(scanSecrets(text, 'a.py')).toEqual(scanSecrets(text, 'a.py'));
  });
});

describe('scanSecrets: no raw secret leaves the scanner', () => {
  const dir = defaultRulesDir();
  const testFiles = readdirSync(dir).filter((f) => f.includes('.test.'));

  it.each(testFiles)('%s', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const relative = `rules/secrets/${file}`;
    const raw = findSecrets(text, relative, defaultEngine()).hits.map((h) => h.secret);
    const out = scanSecrets(text, relative);
    expect(out.findings.length).toBe(raw.length);
    expect(raw.length).toBeGreaterThan(0);
    const json = JSON.stringify(out);
    for (const secret of raw) {
      const leaked = leakedPart(json, secret);
      expect(leaked, `${file} leaks part of ${secret.slice(0, 4)}…`).toBeUndefined();
    }
  });

  it('redacts every found secret on the reported line, and other credentials too', () => {
    const text = `clone("https://bot:${GHP}@github.com/a/b", "${GHP2}", password="hunter2")\n`;
    const { findings } = scanSecrets(text, 'ci/clone.py');
    expect(findings).toHaveLength(2);
    for (const f of findings) {
      expect(loc(f).snippet).not.toContain(GHP);
      expect(loc(f).snippet).not.toContain(GHP2);
      expect(loc(f).snippet).not.toContain('hunter2');
    }
  });
});

describe('scanSecrets: hostile input', () => {
  it('still matches next to U+FFFD from invalid UTF-8, with columns in the decoded text', () => {
    const bytes = Buffer.concat([Buffer.from('x = "'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(`${GHP}"\n`)]);
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(text).toContain('\uFFFD');
    const { findings } = scanSecrets(text, 'bin/blob.txt');
    expect(findings.map((f) => f.ruleId)).toEqual(['secret.github-token']);
    expect(loc(findings[0]!).startColumn).toBe(text.indexOf(GHP) + 1);
  });

  it('handles CRLF line endings', () => {
    const { findings } = scanSecrets(`first\r\ntoken: ${GHP}\r\nlast\r\n`, 'conf.yaml');
    expect(loc(findings[0]!)).toMatchObject({ startLine: 2, startColumn: 8, snippet: 'token: ghp_**** (40 chars)' });
  });

  it('finds secrets deep inside a multi-megabyte minified line, with a short snippet', () => {
    const filler = 'function(a,b){return a.mask+b.task};'.repeat(60_000);
    const text = `${filler}var k="${AKIA}";${filler}config={password:"Kp9xL2mQ7vZtR4w"};${filler}\n`;
    const { findings } = scanSecrets(text, 'dist/bundle.js');
    expect(findings.map((f) => f.ruleId)).toEqual(['secret.aws-access-key-id', 'secret.generic-assignment']);
    expect(loc(findings[0]!).startColumn).toBe(text.indexOf(AKIA) + 1);
    for (const f of findings) {
      const snippet = loc(f).snippet ?? '';
      expect(snippet.length).toBeGreaterThan(20);
      expect(snippet.length).toBeLessThanOrEqual(250);
      expect(snippet.startsWith('…')).toBe(true);
    }
  });

  it('returns quickly from a long line of keywords with nothing after them', () => {
    const text = 'token=;'.repeat(300_000);
    expect(scanSecrets(text, 'dump.txt').findings).toEqual([]);
  });

  it('stays linear on PEM headers without bodies and key-file openings without keys', () => {
    const body = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n'.repeat(3);
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body}`.repeat(20_000);
    expect(scanSecrets(pem, 'keys.txt').findings).toEqual([]);
    const json = '{"type": "service_account", "project_id": "p"}\n'.repeat(50_000);
    expect(scanSecrets(json, 'sa.json').findings).toEqual([]);
  });

  it('reports at most the cap per file and says so', () => {
    const tokens = Array.from({ length: MAX_FINDINGS_PER_FILE + 20 }, (_, i) => `t${i} = "${GHP.slice(0, -4)}${String(i).padStart(4, 'Q')}"`);
    const out = scanSecrets(tokens.join('\n'), 'leak-dump.txt');
    expect(out.findings).toHaveLength(MAX_FINDINGS_PER_FILE);
    expect(out.issues).toEqual([
      { code: 'too-many-findings', message: `${MAX_FINDINGS_PER_FILE + 20} secrets found; only the first ${MAX_FINDINGS_PER_FILE} are reported`, path: 'leak-dump.txt' },
    ]);
  });
});
