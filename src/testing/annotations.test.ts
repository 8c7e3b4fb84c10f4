import { describe, expect, it } from 'vitest';
import { checkAnnotations, parseAnnotations } from './annotations.js';

const sample = [
  '# ruleid: r1',
  'bad()',
  '# ok: r1',
  'good()',
  '// ruleid: r1, r2',
  '',
  'both()',
].join('\n');

describe('annotations', () => {
  it('maps each annotation to the next code line', () => {
    const a = parseAnnotations(sample);
    expect([...a.expected.get('r1')!]).toEqual([2, 7]);
    expect([...a.expected.get('r2')!]).toEqual([7]);
    expect([...a.ok.get('r1')!]).toEqual([4]);
  });

  it('passes when findings match exactly', () => {
    expect(checkAnnotations(sample, [
      { ruleId: 'r1', line: 2 }, { ruleId: 'r1', line: 7 }, { ruleId: 'r2', line: 7 },
    ])).toEqual([]);
  });

  it('reports misses, false positives and unexpected lines', () => {
    const problems = checkAnnotations(sample, [
      { ruleId: 'r1', line: 2 }, { ruleId: 'r1', line: 4 }, { ruleId: 'r2', line: 1 }, { ruleId: 'other', line: 3 },
    ]);
    expect(problems).toEqual([
      'false positive: r1 fired on line 4 marked ok',
      'missed: r1 should fire on line 7',
      'missed: r2 should fire on line 7',
      'unexpected: r2 fired on unannotated line 1',
    ]);
  });
});
