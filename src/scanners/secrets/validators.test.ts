import { describe, expect, it } from 'vitest';
import { validators } from './validators.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const b64url = (s: string): string => Buffer.from(s).toString('base64url');

describe('validators', () => {
  it('jwt: the header must be JSON naming an algorithm', () => {
    const body = `${b64url('{"sub":"svc"}')}.c2lnbmF0dXJlc2lnbmF0dXJl`;
    expect(validators.jwt(`${b64url('{"alg":"RS256","typ":"JWT"}')}.${body}`)).toBe(true);
    expect(validators.jwt(`${b64url('{"typ":"JWT"}')}.${body}`)).toBe(false);
    expect(validators.jwt(`${b64url('{"alg":')}.${body}`)).toBe(false);
    expect(validators.jwt(`eyJ\u00ff.${body}`)).toBe(false);
  });

  it('basic-auth: base64 of user:password with a real-looking password', () => {
    expect(validators['basic-auth'](b64('ci-robot:Kp9xL2mQ7vZt'))).toBe(true);
    expect(validators['basic-auth'](b64('user:password'))).toBe(false);
    expect(validators['basic-auth'](b64('user:changeme'))).toBe(false);
    expect(validators['basic-auth'](b64('no-colon-here'))).toBe(false);
    expect(validators['basic-auth'](b64(':Kp9xL2mQ7vZt'))).toBe(false);
    expect(validators['basic-auth'](Buffer.from([0xff, 0x00, 0x3a, 0x41]).toString('base64'))).toBe(false);
  });
});
