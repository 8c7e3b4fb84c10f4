import { describe, expect, it } from 'vitest';
import { atSink, inFunction, reaches } from '../../../testing/python-taint.js';

const flow = (lines: string[]) => reaches(['import re', 'ALLOWED = {"name", "date"}', 'PATTERN = re.compile(r"[a-z0-9_]+")', 'COLUMNS = {"a": "created"}', ...inFunction(['x = request.args["q"]', ...lines])]);

describe('allow-list checks', () => {
  it.each([
    ['a guard that aborts', ['if x not in ALLOWED:', '    abort(400)', 'sink(x)']],
    ['a guard that returns', ['if x not in ("a", "b"):', '    return "no"', 'sink(x)']],
    ['a guard that raises, with `or`', ['if not x or x not in ALLOWED:', '    raise ValueError(x)', 'sink(x)']],
    ['a default in the guard', ['if x not in ALLOWED:', '    x = "name"', 'sink(x)']],
    ['the allowed branch', ['if x in ALLOWED:', '    sink(x)']],
    ['the allowed branch of `and`', ['if x and x in ALLOWED:', '    sink(x)']],
    ['an else after a rejecting branch', ['if x not in ALLOWED:', '    log(x)', 'else:', '    sink(x)']],
    ['an allowed branch whose else aborts', ['if x in ALLOWED:', '    pass', 'else:', '    abort(400)', 'sink(x)']],
    ['a conditional expression', ['x = x if x in ALLOWED else "name"', 'sink(x)']],
    ['a case-insensitive check', ['if x.lower() not in ALLOWED:', '    abort(400)', 'sink(x)']],
    ['equality with a constant', ['if x != "asc":', '    abort(400)', 'sink(x)']],
    ['re.fullmatch', ['if not re.fullmatch(r"[a-z0-9]+", x):', '    abort(400)', 'sink(x)']],
    ['re.match anchored at the end', ['if not re.match(r"^\\w+\\Z", x):', '    abort(400)', 'sink(x)']],
    ['a compiled pattern', ['if not PATTERN.fullmatch(x):', '    abort(400)', 'sink(x)']],
    ['str.isdigit', ['if not x.isdigit():', '    abort(400)', 'sink(x)']],
    ['a lookup in a constant dict', ['sink({"a": "created", "b": "total"}[x])']],
    ['.get on a constant dict', ['sink(COLUMNS.get(x, "created"))']],
  ])('%s cleans the value', (_, lines) => {
    expect(flow(lines)).toBe(false);
  });

  it.each([
    ['a check that only logs', ['if x not in ALLOWED:', '    log(x)', 'sink(x)']],
    ['the rejected branch', ['if x not in ALLOWED:', '    sink(x)']],
    ['the branch after an allowed one that falls through', ['if x in ALLOWED:', '    pass', 'sink(x)']],
    ['a check of a mutable container', ['seen = set()', 'if x not in seen:', '    abort(400)', 'sink(x)']],
    ['an unanchored pattern', ['if not re.search(r"[a-z]+", x):', '    abort(400)', 'sink(x)']],
    ['a permissive pattern', ['if not re.fullmatch(r".+", x):', '    abort(400)', 'sink(x)']],
    ['a pattern that lets dots and slashes through', ['if not re.fullmatch(r"[\\w./]+", x):', '    abort(400)', 'sink(x)']],
    ['`or` in the allowed branch', ['if x in ALLOWED or other:', '    sink(x)']],
    ['the other branch of a conditional expression', ['y = "name" if x in ALLOWED else x', 'sink(y)']],
    ['a .get whose default is the input', ['sink(COLUMNS.get(x, x))']],
    ['a dict bound in the function, which may change', ['cols = {"a": "created"}', 'cols[x] = x', 'sink(cols[x])']],
    ['a new input bound in the rejecting branch', ['if x not in ALLOWED:', '    x = request.args["other"]', 'sink(x)']],
    ['a value derived before the check', ['y = "p" + x', 'if x not in ALLOWED:', '    abort(400)', 'sink(y)']],
  ])('%s does not clean it', (_, lines) => {
    expect(flow(lines)).toBe(true);
  });

  it('applies inside loops and functions with other statements around the check', () => {
    expect(flow(['for part in x.split(","):', '    if part not in ALLOWED:', '        continue', '    sink(part)'])).toBe(false);
    expect(flow(['for part in x.split(","):', '    if part not in ALLOWED:', '        log(part)', '    sink(part)'])).toBe(true);
  });

  it('marks a host allow-list and a relative-URL test instead of dropping the taint', () => {
    const marks = (lines: string[]) =>
      atSink(['from urllib.parse import urlparse', 'HOSTS = ("a.example",)', ...inFunction(['u = request.args["u"]', ...lines, 'sink(u)'])])[0]?.steps.map((s) => s.name);
    expect(marks(['if urlparse(u).hostname not in HOSTS:', '    abort(400)'])).toEqual(['u', 'host allow-list check']);
    expect(marks(['if urlparse(u).netloc:', '    u = "/"'])).toEqual(['u', 'relative URL check']);
    expect(marks(['if urlparse(u).scheme:', '    u = "/"'])).toEqual(['u']);
  });

  it('counts a prefix test as confinement only after the path was normalised', () => {
    const steps = (lines: string[]) => atSink(['import os', ...inFunction(['p = request.args["p"]', ...lines, 'if not p.startswith("/srv/"):', '    abort(404)', 'sink(p)'])])[0]?.steps.map((s) => s.name);
    expect(steps(['p = os.path.realpath(os.path.join("/srv", p))'])).toContain('contained path check');
    expect(steps(['p = os.path.join("/srv", p)'])).not.toContain('contained path check');
  });
});
