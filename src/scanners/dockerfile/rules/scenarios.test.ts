import { describe, expect, it } from 'vitest';
import { scanDockerfile } from '../scan.js';
import { dockerfileRules } from './rule-list.js';
import { worldWritable } from './world-writable-chmod.js';

/** `rule@line` for every finding of the given rule. */
function hits(ruleId: string, ...lines: string[]): string[] {
  const out = scanDockerfile({ path: 'Dockerfile', size: 0, text: lines.join('\n') }, dockerfileRules);
  return out.findings.filter((f) => f.ruleId === ruleId).map((f) => (f.location.kind === 'file' ? f.location.startLine : 0)).map(String);
}

describe('file-level rules point at the final stage', () => {
  const root = 'dockerfile.root-user';

  it('root-user: no USER reports the final FROM; a USER set in the base stage counts', () => {
    expect(hits(root, 'FROM alpine:3.20 AS build', 'USER app', 'FROM alpine:3.20', 'RUN true')).toEqual(['3']);
    expect(hits(root, 'FROM alpine:3.20 AS base', 'USER 10001', 'FROM base', 'RUN true')).toEqual([]);
    expect(hits(root, 'FROM alpine:3.20 AS base', 'USER root', 'FROM base')).toEqual(['2']);
  });

  it('root-user: skips nonroot base images and users only known at build time', () => {
    expect(hits(root, 'FROM gcr.io/distroless/static-debian12:nonroot')).toEqual([]);
    expect(hits(root, 'FROM alpine:3.20', 'ARG RUN_AS', 'USER ${RUN_AS}')).toEqual([]);
    expect(hits(root, 'FROM alpine:3.20', 'USER root:root')).toEqual(['2']);
  });

  it('missing-healthcheck: HEALTHCHECK NONE is a decision, and a base stage HEALTHCHECK is inherited', () => {
    const id = 'dockerfile.missing-healthcheck';
    expect(hits(id, 'FROM nginx:1.27', 'HEALTHCHECK NONE')).toEqual([]);
    expect(hits(id, 'FROM nginx:1.27 AS base', 'HEALTHCHECK CMD curl -f localhost', 'FROM base')).toEqual([]);
    expect(hits(id, 'FROM nginx:1.27 AS base', 'HEALTHCHECK CMD curl -f localhost', 'FROM nginx:1.27')).toEqual(['3']);
    expect(hits(id, 'RUN echo no stage at all')).toEqual([]);
  });
});

describe('rules read commands wherever the shell runs them', () => {
  it('checks heredoc scripts and exec-form sh -c, not heredoc data', () => {
    expect(hits('dockerfile.sudo', 'FROM debian:12', 'RUN <<EOF', 'set -e', 'sudo make install', 'EOF')).toEqual(['2']);
    expect(hits('dockerfile.sudo', 'FROM debian:12', 'RUN cat <<EOF > /etc/notes', 'sudo is not used here', 'EOF')).toEqual([]);
    expect(hits('dockerfile.pipe-to-shell', 'FROM debian:12', 'RUN ["bash", "-c", "curl -s https://x | sh"]')).toEqual(['2']);
  });

  it('does not look into RUN text that only mentions commands', () => {
    expect(hits('dockerfile.cd-instead-of-workdir', 'FROM debian:12', "RUN echo 'cd /tmp && ls'")).toEqual([]);
    expect(hits('dockerfile.apt-get-unpinned', 'FROM debian:12', 'RUN dpkg -l | grep "apt-get install curl"')).toEqual([]);
  });
});

describe('worldWritable', () => {
  it.each([
    ['777', true], ['0777', true], ['666', true], ['776', true], ['o+w', true], ['a+rwx', true], ['u+x,o=rwx', true],
    ['755', false], ['0644', false], ['775', false], ['1777', false], ['g+w', false], ['+x', false], ['o+rx', false], ['a+rwt', false],
  ])('%s → %s', (mode, expected) => {
    expect(worldWritable(mode)).toBe(expected);
  });
});

describe('Windows images', () => {
  it('reads no POSIX commands under a PowerShell SHELL and does not ask for a root USER', () => {
    const win = ['FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'SHELL ["powershell", "-Command"]', 'RUN curl.exe -o x https://x | sh; cd C:\\app'];
    expect(hits('dockerfile.pipe-to-shell', ...win)).toEqual([]);
    expect(hits('dockerfile.cd-instead-of-workdir', ...win)).toEqual([]);
    expect(hits('dockerfile.missing-pipefail', ...win)).toEqual([]);
    expect(hits('dockerfile.root-user', ...win)).toEqual([]);
  });
});
