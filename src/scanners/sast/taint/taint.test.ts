import { describe, expect, it } from 'vitest';
import { pythonRules } from '../rules/rule-list.js';
import { scanPython } from '../scan.js';
import { analyseScope, taintsAt } from './analysis.js';
import { atSink, inFunction, pythonFile, reaches } from '../../../testing/python-taint.js';

describe('taint sources', () => {
  it.each([
    ['request.args.get("x")'], ['request.args["x"]'], ['request.form.get("x", "")'], ['request.values["x"]'],
    ['request.json["x"]'], ['request.get_json()["x"]'], ['request.cookies.get("x")'], ['request.headers["X"]'],
    ['request.files["f"].filename'], ['request.data'], ['input()'],
  ])('%s is a source', (expr) => {
    expect(reaches(inFunction([`x = ${expr}`, 'sink(x)']))).toBe(true);
  });

  it('reads Django request dictionaries on any request object', () => {
    const file = pythonFile('def view(request):\n    sink(request.GET["q"])\n    sink(request.META.get("HTTP_X"))\n');
    for (const call of file.nodes('call').filter((c) => file.callName(c) === 'sink')) {
      expect(taintsAt(file, call, file.args(call).positional[0]!).length).toBe(1);
    }
  });

  it('taints Flask route parameters, except numeric converters and parameters not in the rule', () => {
    const route = (rule: string, param: string) => reaches(['@app.route("' + rule + '")', `def view(${param}, other=1):`, `    sink(${param})`]);
    expect(route('/f/<name>', 'name')).toBe(true);
    expect(route('/f/<path:name>', 'name')).toBe(true);
    expect(route('/f/<int:name>', 'name')).toBe(false);
    expect(reaches(['@app.get("/f/<name>")', 'def view(name, other):', '    sink(other)'])).toBe(false);
    expect(reaches(['def view(name):', '    sink(name)'])).toBe(false);
  });

  it('does not treat other request attributes or constants as sources', () => {
    expect(reaches(inFunction(['sink(request.method)']))).toBe(false);
    expect(reaches(inFunction(['x = "abc"', 'sink(x)']))).toBe(false);
  });
});

describe('taint propagation', () => {
  it.each([
    ['f-string', ['y = f"a {x} b"']],
    ['% formatting', ['y = "a %s" % x']],
    ['.format', ['y = "a {}".format(x)']],
    ['concatenation', ['y = "a" + x']],
    ['augmented assignment', ['y = "a"', 'y += x']],
    ['join', ['y = ",".join([x, "b"])']],
    ['slicing', ['y = x[1:5]']],
    ['list literal', ['y = [1, x]']],
    ['dict literal', ['y = {"k": x}']],
    ['tuple unpacking', ['a, y = "c", x']],
    ['unpacking a tainted value', ['y, z = x']],
    ['attribute access', ['y = x.filename']],
    ['string methods', ['y = x.strip().lower().replace("a", "b").split(",")[0]']],
    ['os.path.join', ['import os', 'y = os.path.join("/srv", x)']],
    ['a chain of names', ['a = x', 'b = a', 'y = b']],
    ['for loops', ['for y in x.split(","):', '    pass']],
    ['walrus', ['if (y := x):', '    pass']],
    ['subscript assignment into a container', ['y = {}', 'y["k"] = x']],
    ['append into a list', ['y = []', 'y.append(f"k = {x}")']],
    ['add into a set of self', ['self.y = set()', 'self.y.add(x)', 'y = self.y']],
    ['self attributes', ['self.y = x', 'y = self.y']],
    ['a branch (union with what the name held)', ['y = "safe"', 'if x:', '    y = x']],
  ])('through %s', (_, steps) => {
    expect(reaches(inFunction(['x = request.args["q"]', ...steps, 'sink(y)']))).toBe(true);
  });

  it('lets a straight-line reassignment replace the value, but not one in a branch', () => {
    expect(reaches(inFunction(['y = request.args["q"]', 'y = "constant"', 'sink(y)']))).toBe(false);
    expect(reaches(inFunction(['y = request.args["q"]', 'if y == "a":', '    y = "constant"', 'sink(y)']))).toBe(true);
  });

  it('is ordered: a use before the tainting assignment is clean, unless a loop carries it back', () => {
    expect(reaches(inFunction(['y = "a"', 'sink(y)', 'y = request.args["q"]']))).toBe(false);
    expect(reaches(inFunction(['y = "a"', 'for i in range(3):', '    sink(y)', '    y = request.args["q"]']))).toBe(true);
  });

  it('keeps functions apart and does not let keyword names or method names match variables', () => {
    expect(reaches(['def a():', '    y = request.args["q"]', 'def b():', '    sink(y)'])).toBe(false);
    expect(reaches(inFunction(['name = request.args["q"]', 'sink(f(name="x"))']))).toBe(false);
    expect(reaches(inFunction(['strip = request.args["q"]', 'sink("x".strip())']))).toBe(false);
  });

  it('records variables and calls on the way as steps with their lines', () => {
    const [taint] = atSink(inFunction(['import os', 'name = request.args.get("file")', 'path = os.path.join("/srv", name)', 'sink(path)']));
    expect(taint).toEqual({
      source: 'request.args.get("file")',
      line: 4,
      steps: [{ name: 'name', line: 4 }, { name: 'os.path.join', line: 5 }, { name: 'path', line: 5 }],
    });
  });
});

describe('sanitizers', () => {
  it.each([['int(x)'], ['float(x)'], ['bool(x)'], ['len(x)'], ['x == "a"'], ['not x'], ['url_for("v", next=x)'], ['secure_filename(x)']])(
    '%s carries no taint',
    (expr) => {
      expect(reaches(['from flask import url_for', 'from werkzeug.utils import secure_filename', ...inFunction(['x = request.args["q"]', `y = ${expr}`, 'sink(y)'])])).toBe(false);
    },
  );

  it('records per-sink sanitizers as steps (escape, basename, shlex.quote) for the sink to judge', () => {
    const steps = (expr: string) =>
      atSink(['import os, shlex, html', 'from markupsafe import escape', ...inFunction(['x = request.args["q"]', `sink(${expr})`])])[0]?.steps.map((s) => s.name);
    expect(steps('escape(x)')).toEqual(['x', 'markupsafe.escape']);
    expect(steps('html.escape(x)')).toEqual(['x', 'html.escape']);
    expect(steps('os.path.basename(x)')).toEqual(['x', 'os.path.basename']);
    expect(steps('"ls " + shlex.quote(x)')).toEqual(['x', 'shlex.quote']);
  });
});

describe('work bound', () => {
  it('stops a long function at the work limit instead of running on', () => {
    const body = Array.from({ length: 3000 }, (_, i) => `v${i + 1} = v${i} + request.args["q"]`);
    const file = pythonFile(['from flask import request', 'def big():', '    v0 = ""', ...body.map((l) => `    ${l}`), '    sink(v3000)'].join('\n'));
    const fn = file.tree.rootNode.namedChildren.find((n) => n.type === 'function_definition')!;
    const bounded = analyseScope(file, fn, 20_000);
    expect(bounded.exhausted).toBe(true);
    expect(bounded.budget.used).toBeLessThan(20_000 + 5_000);
    const full = analyseScope(file, fn);
    expect(full.exhausted).toBe(false);
  });

  it('evaluates a 3,000-deep expression without overflowing the stack', () => {
    const deep = `${'('.repeat(3000)}request.args["q"]${')'.repeat(3000)}`;
    expect(reaches(inFunction([`y = ${deep}`, 'sink(y)']))).toBe(true);
  });
});

describe('summaries of module functions', () => {
  it('passes taint through a function whose return depends on a parameter, by position or keyword', () => {
    const helper = ['import os', 'def under(base, name):', '    path = os.path.join(base, name)', '    return path'];
    expect(reaches([...helper, ...inFunction(['sink(under("/srv", request.args["f"]))'])])).toBe(true);
    expect(reaches([...helper, ...inFunction(['sink(under(name=request.args["f"], base="/srv"))'])])).toBe(true);
    expect(reaches([...helper, ...inFunction(['sink(under(request.args["f"], "x"))'])])).toBe(true);
  });

  it('does not pass taint through a parameter that never reaches the return', () => {
    const helper = ['def label(base, name):', '    print(name)', '    return base.upper()'];
    expect(reaches([...helper, ...inFunction(['sink(label("x", request.args["f"]))'])])).toBe(false);
    const cast = ['def as_id(v):', '    return int(v)'];
    expect(reaches([...cast, ...inFunction(['sink(as_id(request.args["f"]))'])])).toBe(false);
  });

  it('treats a function returning request data as a source, with the function as a step', () => {
    const [taint] = atSink(['def next_url():', '    return request.args.get("next")', ...inFunction(['sink(next_url())'])]);
    expect(taint?.source).toBe('request.args.get("next")');
    expect(taint?.steps.map((s) => s.name)).toEqual(['next_url']);
  });

  it('survives recursion', () => {
    expect(reaches(['def f(x):', '    return f(x) + x', ...inFunction(['sink(f(request.args["q"]))'])])).toBe(true);
  });
});

describe('dead branches', () => {
  it('sees no taint in the body of `if False:` or of a module flag bound to False', () => {
    expect(reaches(['LEGACY = False', ...inFunction(['x = request.args["q"]', 'if LEGACY:', '    sink(x)'])])).toBe(false);
    expect(reaches(inFunction(['x = request.args["q"]', 'if False:', '    sink(x)']))).toBe(false);
    expect(reaches(['LEGACY = True', ...inFunction(['x = request.args["q"]', 'if LEGACY:', '    sink(x)'])])).toBe(true);
    expect(reaches(['LEGACY = False', ...inFunction(['x = request.args["q"]', 'if LEGACY:', '    pass', 'else:', '    sink(x)'])])).toBe(true);
  });
});

describe('taint from callers', () => {
  it('reaches a sink through the parameter of a module function called with user input', () => {
    const text = [
      'import requests',
      'from flask import request',
      'def download(url):',
      '    return requests.get(url).content',
      'def view():',
      '    return download(request.args["feed"])',
      'def other():',
      '    return download("https://example.com")',
    ].join('\n');
    const out = scanPython({ path: 'a.py', size: text.length, text }, pythonRules);
    const ssrf = out.findings.filter((f) => f.ruleId === 'sast.python.ssrf');
    expect(ssrf.map((f) => f.message)).toEqual(['URL from user input: request.args["feed"] (line 6) → download() → url → requests.get (line 4)']);
  });
});

describe('local sources', () => {
  it('marks the command line and the terminal as local input, request data as remote', () => {
    expect(atSink(['import sys', ...inFunction(['sink(sys.argv[1])'])])[0]?.local).toBe(true);
    expect(atSink(inFunction(['sink(input())']))[0]?.local).toBe(true);
    expect(atSink(inFunction(['sink(request.args["q"])']))[0]?.local).toBeUndefined();
  });
});

describe('request objects', () => {
  it('reads Django request dictionaries in a file that also imports flask.request', () => {
    const text = ['from flask import request', 'def view(request):', '    sink(request.GET["q"])', 'def flask_view():', '    sink(request.args["q"])'].join('\n');
    const file = pythonFile(text);
    const sinks = file.nodes('call').filter((c) => file.callName(c) === 'sink');
    expect(sinks.map((c) => taintsAt(file, c, file.args(c).positional[0]!)[0]?.source)).toEqual(['request.GET["q"]', 'request.args["q"]']);
  });

  it('does not take a parameter named request for Flask’s request in a Flask file', () => {
    const text = ['from flask import request', 'def helper(request):', '    sink(request.args)'].join('\n');
    const file = pythonFile(text);
    const call = file.nodes('call').find((c) => file.callName(c) === 'sink')!;
    expect(taintsAt(file, call, file.args(call).positional[0]!)).toEqual([]);
  });
});
