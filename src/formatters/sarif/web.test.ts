import { describe, expect, it } from 'vitest';
import { webExchange } from './web.js';

describe('webExchange', () => {
  it('turns the recorded HTTP/1.1 exchange into SARIF webRequest and webResponse', () => {
    const { webRequest, webResponse } = webExchange({
      request: 'POST /login HTTP/1.1\r\nHost: 127.0.0.1:5000\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nusername=alice&password=****',
      response: 'HTTP/1.1 302 FOUND\r\nLocation: /notes\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n',
    });
    expect(webRequest).toEqual({
      protocol: 'HTTP', version: '1.1', method: 'POST', target: '/login',
      headers: { Host: '127.0.0.1:5000', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: { text: 'username=alice&password=****' },
    });
    expect(webResponse).toEqual({ protocol: 'HTTP', version: '1.1', statusCode: 302, reasonPhrase: 'FOUND', headers: { Location: '/notes', 'Set-Cookie': 'a=1, b=2' } });
  });

  it('keeps what it can of a truncated or odd message', () => {
    const { webRequest, webResponse } = webExchange({ request: 'GET /', response: 'garbage' });
    expect(webRequest).toMatchObject({ method: 'GET', target: '/', protocol: 'HTTP', version: '1.1' });
    expect(webResponse).toMatchObject({ statusCode: 0, headers: {} });
  });
});
