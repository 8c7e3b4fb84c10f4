import { describe, expect, it } from 'vitest';
import { hasSequence, isAllowedByRule, isEnvLookup, isPlaceholder } from './allowlist.js';

describe('isPlaceholder', () => {
  it.each([
    'changeme',
    'CHANGE_ME_PLEASE',
    'xxxxxxxxxxxxxxxx',
    'ghp_XXXXXXXXXXXXXXXX',
    '****************',
    '<token>',
    '<YOUR-API-KEY>',
    '${DB_PASSWORD}',
    '{{ vault_password }}',
    '%(password)s',
    'your_api_key_here',
    'my-example-key',
    'dummy-secret-1',
    'test-token-42',
    'fake_key_9',
    'aaaaaaaaaaaa',
    '1234567890',
    'abcdef98',
    'zyxwvu',
    '$PASSWORD',
    '%API_TOKEN%',
    '{password}',
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'pypi-AgEIcHlwaS5vcmc...',
  ])('treats %s as a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    'q0Eu2uKcDVWdhzMpMrX3J2xZJxGp/0QiUQF4XCW4',
    'ghp_qtwanpHAki13msKagujj85CT8biyxW4bU7bw',
    't5XMi=W&WbPM8@Tn',
    'latest-Kp9x2Lm7',
    'contest9Xk2mPq',
  ])('keeps %s', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe('isEnvLookup', () => {
  it.each(['os.environ["TOKEN"]', 'os.getenv("X")', 'process.env.API_KEY', 'getenv("PW")', 'System.getenv("K")', 'ENV["K"]'])(
    '%s reads the value from elsewhere',
    (value) => expect(isEnvLookup(value)).toBe(true),
  );

  it('does not match literals', () => {
    expect(isEnvLookup('envoy-Xk9mP2vL8q')).toBe(false);
  });
});

describe('hasSequence', () => {
  it('finds ascending and descending runs of alphanumerics', () => {
    expect(hasSequence('xx123456yy', 6)).toBe(true);
    expect(hasSequence('xx98765432', 6)).toBe(true);
    expect(hasSequence('k2ABCDEFm', 6)).toBe(true);
    expect(hasSequence('xx12345yy', 6)).toBe(false);
    // '/' and '0' are neighbours in ASCII but not a run of alphanumerics
    expect(hasSequence('./01234z', 6)).toBe(false);
  });
});

describe('isAllowedByRule', () => {
  const allow = { regexes: [/^sk_test_/], matchRegexes: [/_file\s*=/], stopwords: ['sample'] };

  it('checks stopwords and regexes against the secret and match regexes against the match', () => {
    expect(isAllowedByRule(allow, 'sk_test_abc', 'key = sk_test_abc')).toBe(true);
    expect(isAllowedByRule(allow, 'MySampleKey1', 'key = MySampleKey1')).toBe(true);
    expect(isAllowedByRule(allow, 'Xk9mP2vL8q', 'password_file = Xk9mP2vL8q')).toBe(true);
    expect(isAllowedByRule(allow, 'Xk9mP2vL8q', 'password = Xk9mP2vL8q')).toBe(false);
  });
});
