import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../core/model.js';
import { deployRules } from './deploy/index.js';
import { dockerfileScanner } from './index.js';
import { dockerfileRules } from './rules/rule-list.js';

function scan(text: string, path = 'app/Dockerfile') {
  return dockerfileScanner.scanFile({ path, size: text.length, text });
}

const lines = (...l: string[]) => l.join('\n');

describe('dockerfileScanner', () => {
  it('has the plugin metadata and exposes Dockerfile and deploy rules', () => {
    expect(dockerfileScanner.meta.id).toBe('dockerfile');
    expect(dockerfileScanner.rules).toEqual([...dockerfileRules.map((r) => r.meta), ...deployRules]);
  });

  it.each([
    ['Dockerfile', true],
    ['services/api/Dockerfile', true],
    ['Containerfile', true],
    ['dockerfile', true],
    ['Dockerfile.prod', true],
    ['build/api.Dockerfile', true],
    ['web.dockerfile', true],
    ['Dockerfile.dockerignore', false],
    ['docs/Dockerfile.md', false],
    ['Dockerfiles/readme.txt', false],
    ['src/dockerfile.ts', false],
    ['MyDockerfile', false],
  ])('matches(%s) is %s', (path, expected) => {
    expect(dockerfileScanner.matches(path)).toBe(expected);
  });

  it('offers deploy files to the deploy checks', () => {
    expect(dockerfileScanner.matches('docker-compose.yml')).toBe(true);
    expect(dockerfileScanner.matches('deploy/ecs/service.json')).toBe(true);
    expect(() => dockerfileScanner.scanFile({ path: 'compose.yaml', size: 0, text: 'services: {}\n' })).not.toThrow();
  });

  it('builds findings that point at the instruction, with a one-line snippet and a line-free fingerprint', () => {
    const out = scan(lines('FROM alpine:3.20 AS app', 'RUN apk add \\', '    curl', 'USER app', 'HEALTHCHECK NONE'));
    expect(out.issues).toEqual([]);
    const f = out.findings.find((x) => x.ruleId === 'dockerfile.apk-unpinned')!;
    expect(FindingSchema.omit({ fingerprint: true, scanner: true }).safeParse(f).success).toBe(true);
    expect(f.location).toEqual({ kind: 'file', path: 'app/Dockerfile', startLine: 2, endLine: 3, snippet: 'RUN apk add curl' });
    expect(f.fingerprintContent).toBe('app|RUN apk add curl');
    expect(f.tags).toEqual(['hadolint:DL3018']);
    expect(f.message).toContain('curl');
  });

  it('keeps fingerprints stable when lines move', () => {
    const a = scan(lines('FROM alpine:latest', 'USER app', 'HEALTHCHECK NONE'));
    const b = scan(lines('# a new comment', '', 'FROM alpine:latest', 'USER app', 'HEALTHCHECK NONE'));
    expect(a.findings.map((f) => f.fingerprintContent)).toEqual(b.findings.map((f) => f.fingerprintContent));
    expect(a.findings[0]!.location).not.toEqual(b.findings[0]!.location);
  });

  it('never leaks a secret value into snippets, messages, evidence or fingerprints', () => {
    const secret = 'sk_live_51HqLyjWDarjtT1zdp7dcSECRETVALUE';
    const out = scan(lines('FROM alpine:3.20', `ENV STRIPE_API_KEY=${secret} MODE=prod`, 'RUN echo ok', `ARG DB_PASSWORD="${secret}"`));
    const hits = out.findings.filter((f) => f.ruleId === 'dockerfile.secret-in-env-arg');
    expect(hits.map((f) => f.location.kind === 'file' && f.location.startLine)).toEqual([2, 4]);
    expect(JSON.stringify(out)).not.toContain(secret);
    expect(hits[0]!.location).toMatchObject({ snippet: 'ENV STRIPE_API_KEY=sk_l**** (40 chars) MODE=prod' });
    expect(hits[0]!.evidence).toBe('STRIPE_API_KEY=sk_l**** (40 chars)');
  });

  it('reports a malformed Dockerfile as parse-error issues and still checks its valid instructions', () => {
    const out = scan(lines(
      'FROM',
      'RUN curl -fsSL https://get.example.com | sh',
      'CMD ["node", server.js]',
      'FOO bar',
      'RUN <<EOF',
      'echo unterminated',
      'FROM ubuntu:latest',
      'RUN sudo apt-get update',
    ));
    expect(out.issues?.map((i) => i.code)).toEqual(['parse-error', 'parse-error', 'parse-error', 'parse-error', 'parse-error']);
    expect(out.issues?.every((i) => i.path === 'app/Dockerfile' && /^line \d+: /.test(i.message))).toBe(true);
    const found = out.findings.map((f) => `${f.ruleId}@${f.location.kind === 'file' ? f.location.startLine : 0}`);
    expect(found).toEqual(expect.arrayContaining([
      'dockerfile.pipe-to-shell@2',
      'dockerfile.shell-form-cmd@3',
      'dockerfile.latest-tag@7',
      'dockerfile.sudo@8',
      'dockerfile.root-user@7',
    ]));
  });

  it('turns a failing rule into an issue instead of losing the other findings', async () => {
    const { scanDockerfile } = await import('./scan.js');
    const broken = { meta: dockerfileRules[0]!.meta, check: () => { throw new Error('boom'); } };
    const out = scanDockerfile({ path: 'Dockerfile', size: 0, text: 'FROM alpine:latest' }, [broken, ...dockerfileRules]);
    expect(out.issues).toEqual([expect.objectContaining({ code: 'rule-error', message: expect.stringContaining('boom') })]);
    expect(out.findings.some((f) => f.ruleId === 'dockerfile.latest-tag')).toBe(true);
  });
});
