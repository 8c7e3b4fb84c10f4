import { describe, expect, it } from 'vitest';
import { maskSecrets } from './mask-secrets.js';

const TOKEN = 'ghp_R7uXq2Lm9TzV4bNc8WkYd3HsPf6JgA1eQo5r';
const KEY = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA1x9Qm3Zb7Hc2Lr8Tv5Wn4Kp6Yd0Sf3Gj9Xa2Ce7Bq', 'Rk4Pm8Nw3Ls6Hy1Tz5Vb9Jd2Qf7Xc0Ga4Ke8Mr6Uo3Wi1Sp5Yt9Nb2Dh7Lq', '-----END RSA PRIVATE KEY-----'].join('\n');
const SOURCE = `import requests\n\nGITHUB_TOKEN = "${TOKEN}"\nKEY = """${KEY}"""\n\n\ndef repos():\n    return requests.get('https://api.github.com/user/repos', headers={'Authorization': f'token {GITHUB_TOKEN}'})\n`;

describe('maskSecrets', () => {
  it('keeps every secret out of the text and every line where it was', () => {
    const masked = maskSecrets(SOURCE, 'app.py');
    expect(masked.text).not.toContain(TOKEN);
    expect(masked.text).not.toContain('MIIEowIBAAKCAQEA');
    expect(masked.text).toContain('GITHUB_TOKEN = "PATCHLINE_MASKED_SECRET_1"');
    expect(masked.text.split('\n').length).toBe(SOURCE.split('\n').length);
    expect(masked.restore(masked.text)).toBe(SOURCE);
  });

  it('leaves text without secrets as it is', () => {
    const masked = maskSecrets('x = 1\n', 'a.py');
    expect(masked.text).toBe('x = 1\n');
  });
});
