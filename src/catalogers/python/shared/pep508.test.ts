import { describe, expect, it } from 'vitest';
import { parseRequirement } from './pep508.js';

const ok = (text: string) => {
  const r = parseRequirement(text, { allowEnvVars: true });
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.requirement;
};
const reason = (text: string) => {
  const r = parseRequirement(text);
  return r.ok ? 'parsed' : r.reason;
};

describe('parseRequirement (PEP 508)', () => {
  it('splits name, extras, specifier and marker', () => {
    expect(ok('requests [security, socks] >= 2.8.1, == 2.8.* ; python_version < "2.7"')).toEqual({
      name: 'requests',
      extras: ['security', 'socks'],
      specifier: '>= 2.8.1, == 2.8.*',
      clauses: [{ op: '>=', version: '2.8.1' }, { op: '==', version: '2.8.*' }],
      marker: 'python_version < "2.7"',
    });
  });

  it('reads every operator, `===` before `==`, and the parenthesized form', () => {
    expect(ok('yolo===1.0-any').clauses).toEqual([{ op: '===', version: '1.0-any' }]);
    expect(ok('a~=1.4.2,!=1.4.5,<2,>1.0,<=3').clauses.map((c) => c.op)).toEqual(['~=', '!=', '<', '>', '<=']);
    expect(ok('name (>=1.0, <2)')).toMatchObject({ name: 'name', specifier: '>=1.0, <2', clauses: [{ op: '>=' }, { op: '<' }] });
  });

  it('keeps names as written (normalizing is makePackage’s job) and accepts dots, dashes, underscores', () => {
    expect(ok('combination-._-.also_-._valid>=3.5').name).toBe('combination-._-.also_-._valid');
    expect(ok('foo17--hash==1.0').name).toBe('foo17--hash');
    expect(ok('PyCrypto').clauses).toEqual([]);
  });

  it('reads URL requirements and their marker', () => {
    expect(ok('pip @ https://github.com/pypa/pip/archive/1.3.1.zip ; python_version >= "3"')).toMatchObject({
      name: 'pip', url: 'https://github.com/pypa/pip/archive/1.3.1.zip', marker: 'python_version >= "3"',
    });
  });

  it('keeps ${VAR} versions as unresolved only when asked', () => {
    expect(ok('qwert==${MY_VARIABLE_1}').clauses).toEqual([{ op: '==', version: '${MY_VARIABLE_1}', unresolved: true }]);
    expect(reason('qwert==${MY_VARIABLE_1}')).toBe('invalid version');
  });

  it.each([
    ['==1.0', 'no package name'],
    ['-foo==1.0', 'invalid package name'],
    ['foo-==1.0', 'invalid package name'],
    ['asdf==', 'missing version after operator'],
    ['asdf 1.0', 'version without a comparison operator'],
    ['foo>=1.0,', 'empty version clause'],
    ['foo==5.*.*', 'invalid version'],
    ['foo==4.*.1', 'invalid version'],
    ['foo>=1.*', 'invalid version'],
    ["foo=='1.2.4'", 'invalid version'],
    ['foo==1.0 trailing_text', 'invalid version'],
    ['foo[bar', 'unterminated extras'],
    ['foo[b@r]', 'invalid extra name'],
    ['foo (>=1', 'unterminated parenthesis'],
    ['foo (>=1) junk', 'unexpected text after the version specifier'],
    ['foo>=1;', 'empty environment marker'],
    ['foo @ ', 'empty URL'],
  ])('rejects %s (%s)', (text, why) => {
    expect(reason(text)).toBe(why);
  });

  it('never quotes the input in a reason, and stays linear on a 1 MB line', () => {
    const long = `a${'b'.repeat(1 << 20)}==1.0 secret-token`;
    const r = parseRequirement(long);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/secret|bbbb/);
    expect(parseRequirement(`x>=${'1.'.repeat(1 << 19)}1`).ok).toBe(false);
  });
});
