import { describe, expect, it } from 'vitest';
import { buildKeywordIndex, scanKeywords } from './keyword-index.js';

function hits(keywords: string[], text: string): string[] {
  const index = buildKeywordIndex(keywords);
  const out: string[] = [];
  scanKeywords(index, text, (id, start, line) => out.push(`${keywords[id]}@${start}:${line}`));
  return out.sort();
}

describe('keyword index', () => {
  it('finds overlapping and nested keywords, case-insensitively', () => {
    expect(hits(['sk', 'sk_live_', 'secret', 'aws_secret'], 'AWS_SECRET=x SK_LIVE_y')).toEqual(
      ['aws_secret@0:0', 'secret@4:0', 'sk@13:0', 'sk_live_@13:0'].sort(),
    );
  });

  it('reports the line of each hit and where lines start', () => {
    const index = buildKeywordIndex(['token']);
    const lines: number[] = [];
    const starts = scanKeywords(index, 'a\ntoken\r\nb token\n', (_id, _start, line) => lines.push(line));
    expect(lines).toEqual([1, 2]);
    expect(starts).toEqual([0, 2, 9, 17]);
  });

  it('is not confused by non-ASCII text between or inside keywords', () => {
    expect(hits(['ghp_'], 'ü\uFFFDghp_ gh\uFFFDp_ İghp_')).toEqual(['ghp_@14:0', 'ghp_@2:0']);
  });

  it('rejects non-ASCII keywords', () => {
    expect(() => buildKeywordIndex(['clé'])).toThrow(/not ASCII/);
  });
});
