import { describe, expect, it } from 'vitest';
import { pyprojectCataloger } from './index.js';

const run = (text: string, path = 'pyproject.toml') => pyprojectCataloger.extract({ path, size: text.length, text });
const rows = (text: string) => run(text).packages.map((p) => [p.name, p.version, p.constraint, p.scope, p.locations[0]!.line, p.direct]);

describe('pyprojectCataloger: PEP 621 and PEP 735', () => {
  const text = `[project]
name = "My_App"
dependencies = [
    "Flask>=2.0",
    "requests[socks]==2.31.0 ; python_version >= '3.8'",
    "pip @ https://github.com/pypa/pip/archive/1.3.1.zip",
    "my-app[test]",
]

[project.optional-dependencies]
test = ["pytest~=7.4", "Flask>=2.0"]
docs = ['sphinx']

[dependency-groups]
lint = ["ruff", { include-group = "test" }]
`;

  it('lists dependencies, extras and groups with their lines; skips URLs and the project itself', () => {
    expect(rows(text)).toEqual([
      ['flask', '2.0', '>=2.0', undefined, 4, true],
      ['requests', '2.31.0', undefined, undefined, 5, true],
      ['pytest', '7.4', '~=7.4', 'test', 11, true],
      ['flask', '2.0', '>=2.0', 'test', 11, true],
      ['sphinx', '', '', 'docs', 12, true],
      ['ruff', '', '', 'lint', 15, true],
    ]);
    expect(run(text).issues).toEqual([]);
  });

  it('reports entries that are not requirements, by position only', () => {
    const out = run('[project]\ndependencies = ["ok==1", "==1.0 secret", "x==1 trailing"]\n');
    expect(out.packages.map((p) => p.name)).toEqual(['ok']);
    expect(out.issues).toEqual([
      { code: 'parse-error', path: 'pyproject.toml', message: 'pyproject.toml: entry 2 of project.dependencies is not a valid requirement (no package name); skipped' },
      { code: 'parse-error', path: 'pyproject.toml', message: 'pyproject.toml: entry 3 of project.dependencies is not a valid requirement (invalid version); skipped' },
    ]);
  });

  it('finds lines of inline optional-dependencies tables', () => {
    const inline = '[project]\nname = "x"\noptional-dependencies = { dev = ["black>=23"] }\n';
    expect(rows(inline)).toEqual([['black', '23', '>=23', 'dev', 3, true]]);
  });
});

describe('pyprojectCataloger: Poetry, PDM and uv', () => {
  const text = `[tool.poetry]
name = "svc"

[tool.poetry.dependencies]
python = "^3.9"
Django = "^4.2"
celery = { version = "5.3.1", extras = ["redis"] }
boto3 = { version = ">=1.26", optional = true }
mylib = { path = "../mylib", develop = true }
tool = { git = "https://github.com/x/tool.git" }
numpy = [
    { version = "<1.25", python = "<3.9" },
    { version = "^1.25", python = ">=3.9" },
]
"bad name" = "1.0"
weird = "latest"

[tool.poetry.dev-dependencies]
black = "*"

[tool.poetry.group.test.dependencies]
pytest = "^7.4"

[tool.pdm.dev-dependencies]
lint = ["flake8>=6"]

[tool.uv]
dev-dependencies = ["mypy==1.5.0"]
`;

  it('reads Poetry tables (without python and local sources) and PDM/uv dev groups', () => {
    expect(rows(text)).toEqual([
      ['django', '4.2', '^4.2', undefined, 6, true],
      ['celery', '5.3.1', undefined, undefined, 7, true],
      ['boto3', '1.26', '>=1.26', 'optional', 8, true],
      ['numpy', '', '<1.25', undefined, 11, true],
      ['numpy', '1.25', '^1.25', undefined, 11, true],
      ['black', '', '*', 'dev', 19, true],
      ['pytest', '7.4', '^7.4', 'test', 22, true],
      ['flake8', '6', '>=6', 'lint', 25, true],
      ['mypy', '1.5.0', undefined, 'dev', 28, true],
    ]);
  });

  it('reports an invalid name or constraint, quoting at most a package name', () => {
    expect(run(text).issues).toEqual([
      { code: 'parse-error', path: 'pyproject.toml', message: 'pyproject.toml: entry 8 of tool.poetry.dependencies is not a valid requirement (invalid package name); skipped' },
      { code: 'parse-error', path: 'pyproject.toml', message: 'pyproject.toml: the version constraint of weird in tool.poetry.dependencies is not valid; skipped' },
    ]);
  });
});

describe('pyprojectCataloger: hostile input', () => {
  it.each([
    ['JSON', '{"project": {"dependencies": ["flask"]}}'],
    ['binary garbage', '\u0001\u00ff\u00fe[project\u0007]'],
    ['a 1 MB line', `[project]\ndependencies = ["${'a'.repeat(1 << 20)}`],
  ])('reports %s as a parse-error', (_, text) => {
    const out = run(text);
    expect(out.packages).toEqual([]);
    expect(out.issues).toEqual([{ code: 'parse-error', path: 'pyproject.toml', message: expect.stringMatching(/^pyproject\.toml: not valid TOML \(line \d+, column \d+\); skipped$/) }]);
  });

  it('keeps long names from the file out of messages', () => {
    const out = run(`[tool.poetry.group.${'g'.repeat(5000)}.dependencies]\nx = "nope!"\n`);
    expect(out.issues![0]!.message.length).toBeLessThan(200);
  });

  it('matches pyproject.toml only', () => {
    expect(pyprojectCataloger.matches('pyproject.toml')).toBe(true);
    expect(pyprojectCataloger.matches('pkg/pyproject.toml')).toBe(true);
    expect(pyprojectCataloger.matches('pyproject.toml.orig')).toBe(false);
    expect(pyprojectCataloger.matches('mypyproject.toml')).toBe(false);
  });
});
