import os
import subprocess
from os import system as run_shell

host = input()
# ruleid: sast.python.os-command-injection
subprocess.run(f"ping -c 1 {host}", shell=True)
# ruleid: sast.python.os-command-injection
subprocess.check_output("nslookup " + host, shell=True)
# ruleid: sast.python.os-command-injection
os.system("ping " + host)
# ruleid: sast.python.os-command-injection
run_shell(f"traceroute {host}")
# ruleid: sast.python.os-command-injection
out = os.popen("dig %s" % host).read()
# ok: sast.python.os-command-injection
subprocess.run(["ping", "-c", "1", host])
# ok: sast.python.os-command-injection
subprocess.run(f"ping -c 1 {host}", shell=False)
# ok: sast.python.os-command-injection
subprocess.run("ls -l /tmp", shell=True)
# ok: sast.python.os-command-injection
os.system("clear")
import shlex

# ok: sast.python.os-command-injection
subprocess.run("ping -c 1 " + shlex.quote(host), shell=True)
# ok: sast.python.os-command-injection
os.system(f"ping -c 1 {shlex.quote(host)}")
# ruleid: sast.python.os-command-injection
os.system(f"ping -c 1 {shlex.quote(host)} {host}")
from flask import request


def restart():
    service = request.args.get("service", "web")
    service = "web"
    # ok: sast.python.os-command-injection
    os.system("systemctl restart " + service)
    n = int(request.args.get("n", "1"))
    # ok: sast.python.os-command-injection
    subprocess.check_output(f"seq {n}", shell=True)
    target = request.args.get("target", "")
    # ruleid: sast.python.os-command-injection
    subprocess.check_output(["sh", "-c", "ping " + target][2], shell=True)


def run_for(name):
    cmd = "echo " + name
    # ruleid: sast.python.os-command-injection
    os.system(cmd)


ALLOW_SHELL = False


def debug_exec():
    command = request.args.get("cmd", "")
    if ALLOW_SHELL:
        # ok: sast.python.os-command-injection
        return subprocess.check_output(command, shell=True)
    # ruleid: sast.python.os-command-injection
    return subprocess.check_output(command, shell=True)
