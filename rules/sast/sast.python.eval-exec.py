from flask import request

expr = request.args.get("expr")
# ruleid: sast.python.eval-exec
result = eval(expr)
# ruleid: sast.python.eval-exec
exec("print(" + expr + ")")
# ruleid: sast.python.eval-exec
value = eval(f"{expr} + 1")
# ok: sast.python.eval-exec
total = eval("1 + 2")
CODE = "print('constant')"
# ok: sast.python.eval-exec
exec(CODE)
# ok: sast.python.eval-exec
model.eval()


def double():
    n = request.args.get("n", "1")
    # ok: sast.python.eval-exec
    return str(eval(str(int(n)) + " * 2"))


def twice(n):
    # ruleid: sast.python.eval-exec
    return eval(str(n) + " * 2")
