import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './parse.js';

const lines = (...l: string[]) => l.join('\n');

describe('parseDockerfile: stages and variables', () => {
  it('numbers stages, lower-cases names and links FROM <stage> to the earlier stage', () => {
    const df = parseDockerfile(lines('FROM golang:1.22 AS Build', 'RUN go build', 'FROM build AS test', 'FROM alpine:3.20', 'COPY --from=build /a /a'));
    expect(df.stages.map((s) => [s.index, s.name, s.image, s.baseStage])).toEqual([
      [0, 'build', 'golang:1.22', undefined],
      [1, 'test', 'build', 0],
      [2, undefined, 'alpine:3.20', undefined],
    ]);
    expect(df.instructions.map((i) => [i.keyword, i.stage, i.stageName])).toEqual([
      ['FROM', 0, 'build'], ['RUN', 0, 'build'], ['FROM', 1, 'test'], ['FROM', 2, undefined], ['COPY', 2, undefined],
    ]);
  });

  it('expands global ARGs in FROM, and inside a stage only after `ARG NAME` re-declares them', () => {
    const df = parseDockerfile(lines(
      'ARG BASE=python',
      'ARG VERSION=3.12',
      'FROM ${BASE}:${VERSION}-slim',
      'LABEL before="v$VERSION"',
      'ARG VERSION',
      'LABEL after="v$VERSION"',
    ));
    expect(df.globalArgs).toHaveLength(2);
    expect(df.stages[0]!.image).toBe('python:3.12-slim');
    expect(df.instructions[3]!.pairs[0]!.value).toBe('v');
    expect(df.instructions[5]!.pairs[0]!.value).toBe('v3.12');
  });

  it('expands ENV in later instructions where Docker does, never in RUN, CMD or ENTRYPOINT', () => {
    const df = parseDockerfile(lines(
      'FROM alpine:3.20',
      'ENV APP=/srv/app PORT=8080 USERNAME=svc SIG=TERM',
      'WORKDIR $APP',
      'COPY ["app.py", "${APP}/"]',
      'EXPOSE ${PORT}/tcp',
      'USER ${USERNAME}:${USERNAME}',
      'VOLUME $APP/data',
      'STOPSIGNAL SIG$SIG',
      'RUN echo $APP',
      'CMD echo $APP',
      'ADD \\$APP /x',
    ));
    const args = df.instructions.map((i) => i.args);
    expect(args.slice(2)).toEqual([
      ['/srv/app'], ['app.py', '/srv/app/'], ['8080/tcp'], ['svc:svc'], ['/srv/app/data'], ['SIGTERM'], ['echo $APP'], ['echo $APP'], ['$APP', '/x'],
    ]);
  });

  it('expands all pairs of one ENV with the values from before it, like Docker', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20', 'ENV A=old', 'ENV A=new B=$A', 'ENV C=$A'));
    expect(df.instructions[2]!.pairs.map((p) => p.value)).toEqual(['new', 'old']);
    expect(df.instructions[3]!.pairs[0]!.value).toBe('new');
  });

  it('lets a stage inherit the ENV of the stage it is built from, but not its ARGs', () => {
    const df = parseDockerfile(lines('FROM alpine:3.20 AS base', 'ENV HOME_DIR=/home/app', 'ARG LOCAL=1', 'FROM base', 'WORKDIR $HOME_DIR/$LOCAL'));
    expect(df.instructions.at(-1)!.args).toEqual(['/home/app/']);
  });

  it('records variables only known at build time, including the automatic platform args', () => {
    const df = parseDockerfile(lines('ARG TAG', 'FROM node:${TAG}', 'FROM --platform=$TARGETPLATFORM alpine:3.20', 'ARG TARGETARCH', 'COPY bin/$TARGETARCH/app /app'));
    expect(df.instructions[1]!.unresolved).toEqual(['TAG']);
    expect(df.instructions[2]!.unresolved).toEqual([]);
    expect(df.instructions[4]!.unresolved).toEqual(['TARGETARCH']);
  });
});

describe('parseDockerfile: malformed input', () => {
  it('reports problems with their lines and keeps parsing', () => {
    const df = parseDockerfile(lines(
      'RUN echo before from',
      'FROM',
      'FROM alpine:3.20 AS',
      'BOGUS instruction',
      'ENV A=1 B',
      'WORKDIR',
      'ONBUILD FROM alpine',
      'USER app',
    ));
    expect(df.issues.map((i) => i.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(df.issues[0]!.message).toMatch(/before the first FROM/);
    expect(df.issues[1]!.message).toMatch(/FROM requires/);
    expect(df.issues[3]!.message).toMatch(/unknown instruction 'BOGUS'/);
    expect(df.stages).toHaveLength(2);
    expect(df.instructions.at(-1)).toMatchObject({ keyword: 'USER', stage: 1, args: ['app'] });
  });

  it('reports a file without FROM', () => {
    expect(parseDockerfile('RUN echo hi').issues.map((i) => i.message)).toContainEqual(expect.stringMatching(/no FROM/));
    expect(parseDockerfile('').issues).toEqual([]);
  });
});
