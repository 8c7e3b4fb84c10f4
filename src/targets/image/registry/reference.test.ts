import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../core/errors.js';
import { parseRegistryRef } from './reference.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseRegistryRef', () => {
  it.each([
    ['alpine', { host: 'registry-1.docker.io', repository: 'library/alpine', tag: 'latest' }],
    ['alpine:3.10', { host: 'registry-1.docker.io', repository: 'library/alpine', tag: '3.10' }],
    ['docker.io/bitnami/redis:7', { host: 'registry-1.docker.io', repository: 'bitnami/redis', tag: '7' }],
    ['docker://ghcr.io/org/app:1.2', { host: 'ghcr.io', repository: 'org/app', tag: '1.2' }],
    ['127.0.0.1:5000/test/app', { host: '127.0.0.1:5000', repository: 'test/app', tag: 'latest' }],
    ['localhost/app:dev', { host: 'localhost', repository: 'app', tag: 'dev' }],
    [`host:5000/a/b@${D}`, { host: 'host:5000', repository: 'a/b', digest: D }],
    [`host:5000/a/b:1@${D}`, { host: 'host:5000', repository: 'a/b', tag: '1', digest: D }],
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v3', { host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', repository: 'team/api', tag: 'v3' }],
  ])('%s', (input, expected) => {
    expect(parseRegistryRef(input)).toEqual(expected);
  });

  it.each(['UPPER/case', 'host:5000/a/b@sha256:short', 'a/../b', 'x:bad tag', 'host:5000/'])('refuses %s', (input) => {
    expect(() => parseRegistryRef(input)).toThrow(UsageError);
  });
});
