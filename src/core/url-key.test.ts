import { describe, expect, it } from 'vitest';
import { normalizeUrl } from './url-key.js';

describe('normalizeUrl', () => {
  it('lower-cases scheme and host, drops default ports, credentials and the fragment', () => {
    expect(normalizeUrl('HTTP://Example.COM:80/Search?q=1#top')).toBe('http://example.com/Search?q=1');
    expect(normalizeUrl('https://user:pw@example.com:443/')).toBe('https://example.com/');
    expect(normalizeUrl('http://example.com:8080')).toBe('http://example.com:8080/');
  });

  it('sorts query parameters and blanks the attacked one', () => {
    expect(normalizeUrl('http://h/p?b=2&a=1&a=0')).toBe('http://h/p?a=0&a=1&b=2');
    expect(normalizeUrl("http://h/search?q=%27+OR+1%3D1--&page=2", 'q')).toBe(normalizeUrl('http://h/search?page=2&q=test', 'q'));
    expect(normalizeUrl('http://h/search?q=a', 'q')).not.toBe(normalizeUrl('http://h/search?q=a'));
  });

  it('keeps what is not a URL as given (trimmed)', () => {
    expect(normalizeUrl(' not a url ')).toBe('not a url');
  });
});
