import { describe, expect, it } from 'vitest';
import { clip, escapeMarkdown } from './escape.js';

describe('escapeMarkdown', () => {
  it('neutralizes HTML', () => {
    expect(escapeMarkdown('<img src=x onerror="alert(1)"> & <b>')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;',
    );
  });

  it('keeps a value inside its table cell and out of code spans, links and emphasis', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('`rm -rf`')).toBe('\\`rm -rf\\`');
    expect(escapeMarkdown('[click](http://evil)')).toBe('\\[click\\](http://evil)');
    expect(escapeMarkdown('*bold* _it_ ~~s~~ \\')).toBe('\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\\\');
  });

  it('puts everything on one line', () => {
    expect(escapeMarkdown('line one\n| --- |\r\nline two')).toBe('line one \\| --- \\| line two');
  });

  it('defuses mentions and issue references but not versions or anchors', () => {
    expect(escapeMarkdown('ping @octocat and fixes #12')).toBe('ping @\u200boctocat and fixes #\u200b12');
    expect(escapeMarkdown('flask@2.0.1 page#top')).toBe('flask@2.0.1 page#top');
  });

  it('replaces control and bidi characters', () => {
    expect(escapeMarkdown('a\u001b[31mb\u202ec')).toBe('a\ufffd\\[31mb\ufffdc');
  });
});

describe('clip', () => {
  it('cuts long text with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });
});
