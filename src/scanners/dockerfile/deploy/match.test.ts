import { describe, expect, it } from 'vitest';
import { isDeployFile, scanDeployFile } from './index.js';

describe('isDeployFile', () => {
  it.each([
    'docker-compose.yml',
    'docker-compose.yaml',
    'deploy/docker-compose.prod.yml',
    'docker-compose.override.yaml',
    'compose.yml',
    'compose.yaml',
    'infra/compose.staging.yaml',
    'Docker-Compose.YML',
    'task-definition.json',
    'deploy/app-task-definition.json',
    'taskdef.json',
    'ecs/taskdef.prod.json',
    'api.task-def.json',
    'task_definition.json',
    'infra/ecs/api.json',
    'ecs/service.json',
  ])('accepts %s', (path) => {
    expect(isDeployFile(path)).toBe(true);
  });

  it.each([
    'Dockerfile',
    'docker-compose.yml.bak',
    'my-compose.yml',
    'composer.json',
    'compose.json',
    'package.json',
    'task-definition.yaml',
    'taskdef.json.txt',
    'ecs.json',
    'not-ecs/app.json',
    'src/ecs/app.ts',
    'docs/ecs-notes.md',
  ])('rejects %s', (path) => {
    expect(isDeployFile(path)).toBe(false);
  });

  it('scanDeployFile gives nothing for a path it does not handle', () => {
    expect(scanDeployFile({ path: 'Dockerfile', size: 20, text: 'FROM ubuntu\nUSER root\n' })).toEqual({ findings: [] });
  });
});
