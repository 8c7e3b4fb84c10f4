import { describe, expect, it } from 'vitest';
import { wantsFile } from './file-filter.js';

describe('wantsFile', () => {
  it.each(['app/settings.py', '.env', 'deploy/values.yaml', 'id_rsa', 'keys/server.pem', 'README.md', 'src/index.js', 'Dockerfile'])(
    'scans %s',
    (p) => expect(wantsFile(p)).toBe(true),
  );

  it.each([
    'package-lock.json',
    'web/yarn.lock',
    'pnpm-lock.yaml',
    'go.sum',
    'Cargo.lock',
    'poetry.lock',
    'static/app.min.js',
    'static/app.js.map',
    'static/site.min.css',
    'node_modules/lodash/index.js',
    'web/node_modules/x/y.js',
  ])('skips %s', (p) => expect(wantsFile(p)).toBe(false));
});
