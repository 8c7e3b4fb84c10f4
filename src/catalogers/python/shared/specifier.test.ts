import { describe, expect, it } from 'vitest';
import { parseClauses } from './pep508.js';
import { versionInfo } from './specifier.js';

const info = (spec: string) => {
  const clauses = parseClauses(spec, { allowEnvVars: true });
  if (typeof clauses === 'string') throw new Error(clauses);
  return versionInfo(clauses, spec);
};

describe('versionInfo', () => {
  it('pins == and ===, with no constraint', () => {
    expect(info('==1.0')).toEqual({ version: '1.0' });
    expect(info(' == 0.1')).toEqual({ version: '0.1' });
    expect(info('===1.0')).toEqual({ version: '1.0' });
    expect(info('>=1,==1.5')).toEqual({ version: '1.5' });
  });

  it('keeps the constraint as written and the lowest version it allows', () => {
    expect(info('>=1.2')).toEqual({ version: '1.2', constraint: '>=1.2' });
    expect(info('~=1.4.2')).toEqual({ version: '1.4.2', constraint: '~=1.4.2' });
    expect(info('==2.0.*')).toEqual({ version: '2.0', constraint: '==2.0.*' });
    expect(info('==1.*,>=1.2')).toEqual({ version: '1.2', constraint: '==1.*,>=1.2' });
    expect(info('!=0.18.3,!=0.20.1,>=0.18.2')).toEqual({ version: '0.18.2', constraint: '!=0.18.3,!=0.20.1,>=0.18.2' });
    expect(info('>=2.31.0,<3')).toEqual({ version: '2.31.0', constraint: '>=2.31.0,<3' });
    expect(info('>=1.10,>=1.9')).toEqual({ version: '1.10', constraint: '>=1.10,>=1.9' });
  });

  it('states no version without an inclusive lower bound', () => {
    expect(info('')).toEqual({ version: '', constraint: '' });
    expect(info('<=1.2.3')).toEqual({ version: '', constraint: '<=1.2.3' });
    expect(info('!=3.5')).toEqual({ version: '', constraint: '!=3.5' });
    expect(info('>1.2')).toEqual({ version: '', constraint: '>1.2' });
    expect(info('>=1.0,>1.0')).toEqual({ version: '', constraint: '>=1.0,>1.0' });
    expect(info('>=1.1,>1.0')).toEqual({ version: '1.1', constraint: '>=1.1,>1.0' });
    expect(info('==${V}')).toEqual({ version: '', constraint: '==${V}' });
  });
});
