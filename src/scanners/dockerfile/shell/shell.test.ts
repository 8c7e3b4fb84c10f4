import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parser/parse.js';
import { hasOption, operands, optionValues } from './args.js';
import { splitCommands } from './commands.js';
import { packageCalls } from './package-managers.js';
import { runScript } from './script.js';
import { tokenize } from './tokenize.js';

const names = (script: string) => splitCommands(script).map((c) => c.name);

describe('tokenize', () => {
  it('splits words and operators, removing quotes and dropping redirections with their targets', () => {
    const tokens = tokenize(`echo "a b" 'c|d' e\\ f > /dev/null 2>&1 && cat <in | grep -v x; ls &>log`);
    expect(tokens.map((t) => t.value)).toEqual(['echo', 'a b', 'c|d', 'e f', '&&', 'cat', '|', 'grep', '-v', 'x', ';', 'ls']);
  });

  it('keeps command substitutions, backticks and process substitutions inside their word', () => {
    const tokens = tokenize('sh -c "$(curl -fsSL https://x | head)" `uname -m` <(wget -qO- y)');
    expect(tokens.map((t) => t.value)).toEqual(['sh', '-c', '$(curl -fsSL https://x | head)', '`uname -m`', '<(wget -qO- y)']);
  });

  it('ignores comments and joins backslash-newline', () => {
    expect(tokenize('echo a # not | a pipe\necho \\\n b').map((t) => t.value)).toEqual(['echo', 'a', '\n', 'echo', 'b']);
  });
});

describe('splitCommands', () => {
  it('finds each command behind &&, ||, ;, |, & and newlines, with pipelines', () => {
    const cmds = splitCommands('a && b || c; d | e | f & g\nh');
    expect(cmds.map((c) => [c.name, c.pipeline])).toEqual([['a', 0], ['b', 1], ['c', 2], ['d', 3], ['e', 3], ['f', 3], ['g', 4], ['h', 5]]);
  });

  it('looks through assignments, wrappers, paths and shell keywords to the program', () => {
    const [cmd] = splitCommands('DEBIAN_FRONTEND=noninteractive sudo -u root -E env -i FOO=1 /usr/bin/apt-get install -y curl');
    expect(cmd).toMatchObject({ name: 'apt-get', args: ['install', '-y', 'curl'], wrappers: ['sudo', 'env'] });
    expect(names('if [ -f x ]; then cd /tmp; fi; for f in a b; do echo $f; done')).toEqual(['[', 'cd', 'echo']);
    expect(names('(cd /src && make) && { echo ok; }')).toEqual(['cd', 'make', 'echo']);
    expect(names('constructor x; toString; __proto__')).toEqual(['constructor', 'toString', '__proto__']);
  });
});

describe('runScript', () => {
  const runs = (...lines: string[]) => parseDockerfile(['FROM alpine:3.20', ...lines].join('\n')).instructions.slice(1);

  it('reads shell form, exec form with sh -c, nested sh -c and heredoc scripts', () => {
    const [shell, exec, nested, heredoc, data] = runs(
      'RUN apk add curl && curl -fsSL x | tar -xz',
      'RUN ["/bin/sh", "-ec", "apt-get update && apt-get install -y git"]',
      'RUN bash -c \'sh -c "cd /tmp && make"\'',
      'RUN <<EOF',
      'set -eux',
      'pip install flask',
      'EOF',
      'RUN cat <<EOF > /etc/motd',
      'rm -rf /',
      'EOF',
    );
    expect(runScript(shell!).commands.map((c) => c.name)).toEqual(['apk', 'curl', 'tar']);
    expect(runScript(exec!).commands.map((c) => c.name)).toEqual(['apt-get', 'apt-get']);
    expect(runScript(nested!).commands.map((c) => c.name)).toEqual(['bash', 'sh', 'cd', 'make']);
    expect(runScript(heredoc!).commands.map((c) => c.name)).toEqual(['set', 'pip']);
    expect(runScript(data!).commands.map((c) => c.name)).toEqual(['cat']);
  });

  it('numbers the pipelines of inline scripts apart from the outer ones', () => {
    const [run] = runs('RUN curl x && sh -c "wget y" | tee log');
    const byName = Object.fromEntries(runScript(run!).commands.map((c) => [c.name, c.pipeline]));
    expect(byName.curl).not.toBe(byName.wget);
    expect(byName.sh).toBe(byName.tee);
  });

  it('treats an exec-form RUN without a shell as one command', () => {
    const [run] = runs('RUN ["apt-get", "install", "-y", "curl"]');
    expect(runScript(run!).commands).toEqual([expect.objectContaining({ name: 'apt-get', args: ['install', '-y', 'curl'] })]);
  });
});

describe('options', () => {
  it('finds long options, short options inside clusters and option values', () => {
    expect(hasOption(['-qqy', 'install'], { short: ['y'] })).toBe(true);
    expect(hasOption(['--assume-yes'], { long: ['yes', 'assume-yes'] })).toBe(true);
    expect(hasOption(['--', '-y'], { short: ['y'] })).toBe(false);
    expect(optionValues(['-o', 'A=1', '--option=B=2'], ['-o', '--option'])).toEqual(['A=1', 'B=2']);
    expect(operands(['-t', 'bookworm', 'install', '-y', '--', '-weird'], new Set(['-t']))).toEqual(['install', '-weird']);
  });

  it('reads package-manager calls, including python -m pip and option values that are not packages', () => {
    const [run] = parseDockerfile('FROM x:1\nRUN apk add --virtual .deps gcc && python3 -m pip install -r req.txt flask && npm i -g pnpm').instructions.slice(1);
    expect(packageCalls(run!, 'apk', 'pip', 'npm').map((c) => [c.manager, c.sub, c.packages])).toEqual([
      ['apk', 'add', ['gcc']],
      ['pip', 'install', ['flask']],
      ['npm', 'i', ['pnpm']],
    ]);
  });
});

describe('case statements', () => {
  it('skips case patterns: their `|` is not a pipe', () => {
    const cmds = splitCommands('case "$arch" in amd64|arm64) echo fast ;; i386) ;; *) echo other ;; esac; make');
    expect(cmds.map((c) => [c.name, c.args.join(' ')])).toEqual([['echo', 'fast'], ['echo', 'other'], ['make', '']]);
    expect(new Set(cmds.map((c) => c.pipeline)).size).toBe(cmds.length);
  });
});
