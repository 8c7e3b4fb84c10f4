const vm = require('vm');

const FORMULA = '1 + 2';

function handler(req, res) {
  // ruleid: sast.javascript.code-injection
  const result = eval(req.body.expression);
  // ruleid: sast.javascript.code-injection
  const fn = new Function('x', 'return ' + req.query.body);
  // ruleid: sast.javascript.code-injection
  vm.runInNewContext(req.body.code, {});
  // ruleid: sast.javascript.code-injection
  setTimeout(`update(${req.query.id})`, 100);
  // ok: sast.javascript.code-injection
  eval(FORMULA);
  // ok: sast.javascript.code-injection
  const add = new Function('a', 'b', 'return a + b');
  // ok: sast.javascript.code-injection
  setTimeout(() => update(req.query.id), 100);
  // ok: sast.javascript.code-injection
  const data = JSON.parse(req.body.json);
  res.send(String(result) + fn + add + data);
}

function compile(source) {
  // ruleid: sast.javascript.code-injection
  return vm.runInThisContext(source);
}
