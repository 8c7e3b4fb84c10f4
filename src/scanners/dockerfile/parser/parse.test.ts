import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './parse.js';

const lines = (...l: string[]) => l.join('\n');

describe('parseDockerfile: directives, comments and continuations', () => {
  it('reads parser directives only at the top of the file', () => {
    const df = parseDockerfile(lines('# syntax=docker/dockerfile:1.7', '# check=skip=JSONArgsRecommended', '# escape=\\', '', '# escape=`', 'FROM alpine:3.20'));
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1.7', check: 'skip=JSONArgsRecommended', escape: '\\' });
    expect(df.issues).toEqual([]);
  });

  it('treats a directive after a plain comment as a comment', () => {
    const df = parseDockerfile(lines('# hello', '# escape=`', 'FROM alpine:3.20'));
    expect(df.directives.escape).toBe('\\');
  });

  it('reports an invalid escape directive and a duplicate one', () => {
    const df = parseDockerfile(lines('# escape=x', '# escape=`', 'FROM alpine:3.20'));
    expect(df.issues.map((i) => i.line)).toEqual([1, 2]);
    expect(df.directives.escape).toBe('\\');
  });

  it('joins continuations, skipping comment and empty lines inside them, and keeps 1-based line spans', () => {
    const df = parseDockerfile(lines(
      'FROM debian:12',
      '',
      'RUN apt-get update \\',
      '    # a comment inside the continuation',
      '',
      '    && apt-get install -y curl \\   ',
      '    && rm -rf /var/lib/apt/lists/*',
      'USER app',
    ));
    const run = df.instructions[1]!;
    expect(run.keyword).toBe('RUN');
    expect(run.args).toEqual(['apt-get update     && apt-get install -y curl     && rm -rf /var/lib/apt/lists/*']);
    expect([run.startLine, run.endLine]).toEqual([3, 7]);
    expect(run.raw.split('\n')).toHaveLength(5);
    expect(df.instructions[2]).toMatchObject({ keyword: 'USER', startLine: 8, endLine: 8, args: ['app'] });
  });

  it('uses the backtick escape for continuations and leaves backslashes alone', () => {
    const df = parseDockerfile(lines('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'WORKDIR C:\\app', 'RUN dir `', '  C:\\app'));
    expect(df.instructions[1]!.args).toEqual(['C:\\app']);
    expect(df.instructions[2]).toMatchObject({ args: ['dir   C:\\app'], startLine: 4, endLine: 5 });
  });

  it('handles CRLF line endings, a byte-order mark and lower-case keywords', () => {
    const df = parseDockerfile('\uFEFFfrom alpine:3.20\r\nrun echo hi\r\n');
    expect(df.instructions.map((i) => [i.keyword, i.startLine])).toEqual([['FROM', 1], ['RUN', 2]]);
    expect(df.stages[0]!.image).toBe('alpine:3.20');
  });
});

describe('parseDockerfile: heredocs', () => {
  it('collects a RUN heredoc body and ends the instruction at the terminator', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20', 'RUN <<EOF', 'set -e', 'apk add curl', 'EOF', 'USER app'));
    const run = df.instructions[1]!;
    expect(run.heredocs).toEqual([{ name: 'EOF', content: 'set -e\napk add curl\n', chomp: false, quoted: false, startLine: 3, endLine: 5 }]);
    expect([run.startLine, run.endLine]).toEqual([2, 5]);
    expect(df.instructions[2]!.startLine).toBe(6);
  });

  it('strips leading tabs for <<-, honours quoted delimiters and several heredocs on one line', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20', "COPY <<-'A' <<\"B\" /dest/", '\t\tfirst $X', '\tA', 'second', 'B'));
    const copy = df.instructions[1]!;
    expect(copy.heredocs.map((h) => [h.name, h.content, h.chomp, h.quoted])).toEqual([
      ['A', 'first $X\n', true, true],
      ['B', 'second\n', false, true],
    ]);
    expect(copy.args).toEqual(['<<-A', '<<B', '/dest/']);
    expect(copy.endLine).toBe(6);
  });

  it('reads file descriptors and `COPY <<EOF /path`', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20', 'COPY <<EOF /etc/motd', 'hello', 'EOF', 'RUN 3<<EOF cat /proc/self/fd/3', 'x', 'EOF'));
    expect(df.instructions[1]!.heredocs[0]).toMatchObject({ name: 'EOF', content: 'hello\n' });
    expect(df.instructions[2]!.heredocs[0]).toMatchObject({ fd: 3 });
    expect(df.issues).toEqual([]);
  });

  it('does not read heredocs in exec form, for other instructions, or for here-strings', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20', 'RUN ["cat", "<<EOF"]', 'CMD cat <<EOF', 'RUN cat <<<"word"', 'USER app'));
    expect(df.instructions.map((i) => i.heredocs.length)).toEqual([0, 0, 0, 0, 0]);
    expect(df.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'CMD', 'RUN', 'USER']);
  });

  it('reports every unterminated heredoc of a hostile file', () => {
    const df = parseDockerfile(['FROM alpine:3.20', ...Array.from({ length: 5000 }, () => 'RUN <<EOF')].join('\n'));
    expect(df.issues).toHaveLength(5000);
    expect(df.instructions).toHaveLength(5001);
  });

  it('reports an unterminated heredoc and still parses the lines after it', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20', 'RUN <<EOF', 'echo never closed', 'USER root'));
    expect(df.issues).toContainEqual(expect.objectContaining({ line: 2, message: expect.stringContaining('unterminated heredoc') }));
    expect(df.instructions.at(-1)).toMatchObject({ keyword: 'USER', startLine: 4 });
    expect(df.instructions[1]).toMatchObject({ keyword: 'RUN', endLine: 2, heredocs: [] });
  });
});

describe('parseDockerfile: forms and flags', () => {
  it('tells exec form from shell form and reports invalid JSON arrays', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20', 'CMD ["node", "server.js"]', "ENTRYPOINT ['node']", 'RUN echo [not json]'));
    expect(df.instructions[1]).toMatchObject({ json: true, args: ['node', 'server.js'] });
    expect(df.instructions[2]).toMatchObject({ json: false, args: ["['node']"] });
    expect(df.instructions[3]).toMatchObject({ json: false, args: ['echo [not json]'] });
    expect(df.issues).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('not valid JSON') })]);
  });

  it('requires SHELL to be a JSON array', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20', 'SHELL /bin/bash -c', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]'));
    expect(df.issues).toHaveLength(1);
    expect(df.instructions[2]!.args).toEqual(['/bin/bash', '-o', 'pipefail', '-c']);
  });

  it('extracts builder flags with and without values', () => {
    const df = parseDockerfile(lines(
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
      'RUN --mount=type=cache,target=/root/.cache/go-build --network=none go build ./...',
      'COPY --from=build --chown=app:app --chmod=0755 --link /out/app /usr/local/bin/',
      'ADD --checksum=sha256:abc https://example.com/a.tgz /tmp/',
    ));
    expect(df.instructions[0]!.flags).toEqual([{ name: 'platform', value: '', raw: '--platform=$BUILDPLATFORM' }]);
    expect(df.instructions[1]!.flags.map((f) => [f.name, f.value])).toEqual([['mount', 'type=cache,target=/root/.cache/go-build'], ['network', 'none']]);
    expect(df.instructions[1]!.args).toEqual(['go build ./...']);
    expect(df.instructions[2]!.flags.map((f) => [f.name, f.value])).toEqual([['from', 'build'], ['chown', 'app:app'], ['chmod', '0755'], ['link', undefined]]);
    expect(df.instructions[2]!.args).toEqual(['/out/app', '/usr/local/bin/']);
    expect(df.instructions[3]!.flags[0]).toMatchObject({ name: 'checksum', value: 'sha256:abc' });
  });

  it('parses ENV, LABEL and ARG pairs, legacy `ENV key value` included', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20', 'ENV A=1 B="two words" C=a\\ b', 'ENV LEGACY value with spaces', 'LABEL "com.example.name"="x y"', 'ARG ONE TWO=2'));
    expect(df.instructions[1]!.pairs.map((p) => [p.key, p.value])).toEqual([['A', '1'], ['B', 'two words'], ['C', 'a b']]);
    expect(df.instructions[2]!.pairs).toEqual([{ key: 'LEGACY', value: 'value with spaces', rawValue: 'value with spaces' }]);
    expect(df.instructions[3]!.pairs.map((p) => [p.key, p.value])).toEqual([['com.example.name', 'x y']]);
    expect(df.instructions[4]!.pairs.map((p) => [p.key, p.value])).toEqual([['ONE', undefined], ['TWO', '2']]);
  });

  it('parses HEALTHCHECK and ONBUILD', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20', 'HEALTHCHECK --interval=5s CMD ["wget", "-q", "localhost"]', 'HEALTHCHECK NONE', 'ONBUILD COPY . /app/$NAME', 'ENV NAME=x'));
    expect(df.instructions[1]).toMatchObject({ json: true, args: ['CMD', 'wget', '-q', 'localhost'], flags: [{ name: 'interval', value: '5s' }] });
    expect(df.instructions[2]!.args).toEqual(['NONE']);
    expect(df.instructions[3]!.child).toMatchObject({ keyword: 'COPY', args: ['.', '/app/'], stage: 0 });
  });
});
