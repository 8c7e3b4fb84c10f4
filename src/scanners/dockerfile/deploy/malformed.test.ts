import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../../core/paths.js';
import { scanDeployFile } from './index.js';
import type { FileScanOutput } from '../../types.js';

/** Hostile and broken input: an issue, never a throw, and what could be checked is kept. */

function scan(path: string, text: string): FileScanOutput {
  return scanDeployFile({ path, size: text.length, text });
}

function lines(out: FileScanOutput, ruleId: string): number[] {
  return out.findings.filter((f) => f.ruleId === ruleId).map((f) => (f.location.kind === 'file' ? f.location.startLine : 0));
}

describe('malformed compose files', () => {
  it('reports bad YAML with the parser line and keeps the services it could read', () => {
    const text = ['services:', '  web:', '    image: nginx:1.27', '    privileged: true', '  db:', '    ports: [5432:5432', '  cache:', '    image: redis:7'].join('\n');
    const out = scan('docker-compose.yml', text);
    expect(out.issues).toHaveLength(1);
    expect(out.issues?.[0]).toMatchObject({ code: 'parse-error', path: 'docker-compose.yml' });
    expect(out.issues?.[0]?.message).toMatch(/^invalid YAML at line [5-8]\b/);
    expect(lines(out, 'compose.privileged')).toEqual([4]);
  });

  it('does not quote the source in a parse error', () => {
    const out = scan('compose.yaml', 'services:\n  db:\n    environment:\n      DB_PASSWORD: |hunter2-in-header\n        x\n');
    expect(out.issues?.[0]?.code).toBe('parse-error');
    expect(JSON.stringify(out)).not.toContain('hunter2');
  });

  it('reports `services` that is not a mapping, and checks nothing', () => {
    const out = scan('compose.yaml', 'services:\n  - web\n  - db\n');
    expect(out.findings).toEqual([]);
    expect(out.issues).toEqual([
      expect.objectContaining({ code: 'invalid-structure', path: 'compose.yaml', message: expect.stringMatching(/`services` is not a mapping/) }),
    ]);
  });

  it('reports a document that is not a mapping', () => {
    const out = scan('compose.yaml', '- just\n- a list\n');
    expect(out.findings).toEqual([]);
    expect(out.issues?.[0]?.code).toBe('invalid-structure');
  });

  it('skips a service that is not a mapping with an issue, and still checks the others', () => {
    const out = scan('compose.yaml', 'services:\n  broken: "nginx"\n  web:\n    image: nginx:1.27\n    privileged: true\n');
    expect(out.issues).toEqual([expect.objectContaining({ code: 'invalid-structure', message: expect.stringMatching(/`broken`/) })]);
    expect(lines(out, 'compose.privileged')).toEqual([5]);
  });

  it('gives nothing for empty files, files without services, and null services', () => {
    for (const text of ['', '# only a comment\n', 'networks:\n  front: {}\n', 'services:\n', 'services: ~\n']) {
      expect(scan('compose.yaml', text), JSON.stringify(text)).toEqual({ findings: [] });
    }
  });

  it('survives an alias bomb, a self-merging anchor and duplicate keys', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'services:', '  web:', '    cap_add: *d', '    environment: *d', '    volumes: *d'].join('\n');
    expect(() => scan('compose.yaml', bomb)).not.toThrow();
    const selfMerge = 'services:\n  web: &w\n    <<: *w\n    privileged: true\n';
    expect(() => scan('compose.yaml', selfMerge)).not.toThrow();
    const mergeBomb = ['x0: &x0', '  privileged: true'];
    for (let k = 1; k <= 7; k += 1) mergeBomb.push(`x${k}: &x${k}`, `  <<: [${Array(9).fill(`*x${k - 1}`).join(', ')}]`);
    mergeBomb.push('services:', '  web:', '    <<: *x7');
    expect(lines(scan('compose.yaml', mergeBomb.join('\n')), 'compose.privileged')).toEqual([2]);
    const dup = 'services:\n  web:\n    privileged: false\n    privileged: true\n';
    expect(() => scan('compose.yaml', dup)).not.toThrow();
  });
});

describe('malformed ECS task definitions', () => {
  const broken = [
    '{',
    '  "containerDefinitions": [',
    '    { "name": "api", "privileged": true, "user": "1000", "readonlyRootFilesystem": true },',
    '    { "name": "worker" "image": "x" }',
    '  ]',
    '}',
  ].join('\n');

  it('reports bad JSON with its line and keeps the container definitions it could read', () => {
    const out = scan('ecs/task-definition.json', broken);
    expect(out.issues).toEqual([
      expect.objectContaining({ code: 'parse-error', path: 'ecs/task-definition.json', message: expect.stringMatching(/^invalid JSON at line 4:/) }),
    ]);
    expect(lines(out, 'ecs.privileged')).toEqual([3]);
  });

  it('reports truncated JSON at its last line', () => {
    const out = scan('taskdef.json', '{\n  "containerDefinitions": [\n    { "name": "api"');
    expect(out.issues?.[0]?.message).toMatch(/^invalid JSON at line 3:/);
  });

  it('gives nothing, and no issue, for JSON that is not a task definition', () => {
    for (const text of ['{"name": "pkg", "privileged": true}', '[{"name": "api", "privileged": true}]', '"text"', 'null', '{"containerDefinitions": {"name": "api"}}', '{"taskDefinition": {"family": "x"}}']) {
      expect(scan('infra/ecs/app.json', text), text).toEqual({ findings: [] });
    }
  });

  it('reports a JSON error in a file under ecs/ even if it would not be a task definition', () => {
    const out = scan('ecs/settings.json', '{ "a": 1,, }');
    expect(out.findings).toEqual([]);
    expect(out.issues?.[0]?.code).toBe('parse-error');
  });

  it('tolerates a byte order mark and non-map container definitions', () => {
    const out = scan('task-definition.json', '\uFEFF{"containerDefinitions": [1, "x", null, {"name": "a", "privileged": true, "user": "app", "readonlyRootFilesystem": true}]}');
    expect(out.issues).toBeUndefined();
    expect(out.findings.map((f) => f.ruleId)).toEqual(['ecs.privileged']);
  });
});

describe('truncated fixtures never throw', () => {
  const files = [
    ...readdirSync(fromPackageRoot('rules', 'compose')).map((f) => ({ path: `rules/compose/${f}`, file: fromPackageRoot('rules', 'compose', f) })),
    ...readdirSync(fromPackageRoot('rules', 'ecs')).map((f) => ({ path: `rules/ecs/${f}`, file: fromPackageRoot('rules', 'ecs', f) })),
  ];
  it.each(files)('$path', ({ path, file }) => {
    const text = readFileSync(file, 'utf8');
    for (let cut = 0; cut < text.length; cut += Math.max(1, Math.floor(text.length / 40))) {
      const out = scan(path, text.slice(0, cut));
      expect(Array.isArray(out.findings)).toBe(true);
      for (const issue of out.issues ?? []) expect(issue.code).not.toBe('scan-error');
    }
  });
});
