import { describe, expect, it } from 'vitest';
import { sastScanner } from '../index.js';
import { MAX_SOURCE_BYTES, parseSource } from './parser.js';
import { PythonFile } from './python/context.js';
import { descendants } from './walk.js';

function pythonFile(text: string): PythonFile {
  const { tree, issues } = parseSource(text, 'python');
  expect(issues).toEqual([]);
  return new PythonFile('t.py', text, tree!);
}

function scan(text: string, path = 'app.py') {
  return sastScanner.scanFile({ path, size: text.length, text });
}

describe('python call resolution', () => {
  it('resolves call names through import aliases, from-imports, and nested imports', () => {
    const file = pythonFile(
      [
        'import hashlib as h',
        'from os import system',
        'from os import popen as po',
        'import os.path',
        'h.md5(b"x")',
        'system("ls")',
        'po("ls")',
        'os.path.join("a", "b")',
        'def f():',
        '    import yaml as y',
        '    y.load(data)',
        'app.run()',
        'get()().x()',
      ].join('\n'),
    );
    const names = file.nodes('call').map((c) => file.callName(c));
    expect(names).toEqual(['hashlib.md5', 'os.system', 'os.popen', 'os.path.join', 'yaml.load', 'app.run', undefined, undefined, 'get']);
  });

  it('reads keyword arguments, literal values and module constants', () => {
    const file = pythonFile('PAGE = "<p>" + "x"\nn = 1\nn = 2\nf(a, "b", key=True, other=PAGE, **extra)\n');
    const call = file.nodes('call')[0]!;
    const args = file.args(call);
    expect(args.positional.map((p) => p.text)).toEqual(['a', '"b"']);
    expect([...args.keywords.keys()]).toEqual(['key', 'other']);
    expect(args.splat).toBe(true);
    expect(file.isConstant(args.keywords.get('other')!)).toBe(true);
    expect(file.isConstant(args.positional[0]!)).toBe(false);
    expect(file.constants.has('PAGE')).toBe(true);
    expect(file.constants.has('n')).toBe(false);
  });
});

describe('python parsing', () => {
  it('parses Python 3.12 syntax without errors: PEP 701 f-strings, match, type statements, generics', () => {
    const text = [
      "name = f'{x.decode('utf-8')}'",
      'nested = f"{f"{f"{1}"}"}"',
      'match command.split():',
      '    case [action, obj]:',
      '        pass',
      '    case _:',
      '        pass',
      'type Point = tuple[float, float]',
      'def first[T](items: list[T]) -> T:',
      '    return items[0]',
    ].join('\n');
    expect(parseSource(text, 'python').issues).toEqual([]);
    expect(scan(text).issues).toEqual([]);
  });

  it('reports a syntax error once with its line and still analyses the rest of the file', () => {
    const text = ['import hashlib', 'def broken(:', '    pass', 'x = hashlib.md5(b"a")', ''].join('\n');
    const out = scan(text);
    expect(out.issues).toEqual([{ code: 'parse-error', message: 'syntax error at line 2; the rest of the file was analysed', path: 'app.py' }]);
    expect(out.findings.map((f) => [f.ruleId, f.location.kind === 'file' && f.location.startLine])).toEqual([['sast.python.weak-hash', 4]]);
  });

  it('walks a 5,000-deep nested expression without overflowing the stack', () => {
    const depth = 5000;
    const text = `import os\nx = ${'('.repeat(depth)}os.system(cmd)${')'.repeat(depth)}\n`;
    const { tree } = parseSource(text, 'python');
    let count = 0;
    for (const _ of descendants(tree!.rootNode)) count++;
    expect(count).toBeGreaterThan(2 * depth);
    const out = scan(text);
    expect(out.findings.map((f) => f.ruleId)).toEqual(['sast.python.os-command-injection']);
  });

  it('also handles a deeply nested constant expression (iterative constant check)', () => {
    const text = `import os\nos.system(${'('.repeat(5000)}"ls"${')'.repeat(5000)})\n`;
    expect(scan(text).findings).toEqual([]);
  });

  it('skips a file over the size limit with a too-large issue', () => {
    const text = `x = 1\n${'#'.repeat(MAX_SOURCE_BYTES)}\n`;
    const out = scan(text, 'big.py');
    expect(out.findings).toEqual([]);
    expect(out.issues).toHaveLength(1);
    expect(out.issues![0]).toMatchObject({ code: 'too-large', path: 'big.py' });
  });

  it('parses a large file with non-ASCII text, reporting lines correctly after it', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `s${i} = "héllo wörld ✓ ${i}"`).join('\n');
    const text = `import hashlib\n${filler}\nh = hashlib.md5(b"x")\n`;
    const out = scan(text);
    expect(out.issues).toEqual([]);
    expect(out.findings.map((f) => f.location.kind === 'file' && f.location.startLine)).toEqual([3002]);
  });
});

describe('parse limits', () => {
  it('gives up on a parse that exceeds the time limit with a parse-timeout issue, and the parser stays usable', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `v${i} = f(${i}, "x") + g[${i}]`).join('\n');
    const out = parseSource(text, 'python', { timeoutMicros: 1 });
    expect(out.tree).toBeUndefined();
    expect(out.issues.map((i) => i.code)).toEqual(['parse-timeout']);
    expect(parseSource('x = 1\n', 'python').issues).toEqual([]);
  });
});
