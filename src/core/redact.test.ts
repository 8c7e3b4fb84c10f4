import { describe, expect, it } from 'vitest';
import { PatchlineError } from './errors.js';
import { redactCredentials, redactHttp, redactSecret, redactValues } from './redact.js';

describe('redaction', () => {
  it('shows a secret as its first 4 characters and its length', () => {
    expect(redactSecret('AKIAZ3MPLE7QWERTYUIO')).toBe('AKIA**** (20 chars)');
    expect(redactSecret('short')).toBe('**** (5 chars)');
  });

  it('masks credentials in URLs and credential-like keys', () => {
    expect(redactCredentials('postgres://admin:s3cr3tpass@db:5432/app')).toBe('postgres://admin:****@db:5432/app');
    expect(redactCredentials('Authorization: Bearer eyJhbGciOi.abc.def')).toBe('Authorization: Bearer ****');
    expect(redactCredentials('password=hunter22 user=bob')).toBe('password=**** user=bob');
  });

  it('redacts known values wherever they appear', () => {
    expect(redactValues('key is ghp_abcdefghijklmnop here', ['ghp_abcdefghijklmnop'])).toBe('key is ghp_**** (20 chars) here');
  });

  it('never lets a credential into an error message', () => {
    const err = new PatchlineError('external-service', 'cannot reach https://user:tok3n@registry.example/v2/');
    expect(err.message).not.toContain('tok3n');
  });

  it('blanks cookie values in HTTP text and keeps names and attributes', () => {
    const text = 'GET / HTTP/1.1\nCookie: session=abc123; theme=dark\nAuthorization: Basic dXNlcjpwYXNz\n\nHTTP/1.1 200 OK\nset-cookie: remember_me=alice; Path=/; Max-Age=3600; HttpOnly';
    const out = redactHttp(text);
    expect(out).toContain('Cookie: session=****; theme=****');
    expect(out).toContain('set-cookie: remember_me=****; Path=/; Max-Age=3600; HttpOnly');
    expect(out).toContain('Authorization: Basic ****');
    expect(out).not.toMatch(/abc123|alice|dXNlcjpwYXNz/);
  });
});
