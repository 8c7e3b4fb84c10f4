import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../testing/registry-contract.js';
import { defaultSnapshotDir, objectStores, openSnapshotStore } from './registry.js';

describe('object store registry', () => {
  it('registers every store folder under its own id, with tests', () => {
    checkRegistry(path.dirname(new URL(import.meta.url).pathname), objectStores);
  });

  it('opens s3 when snapshot.s3 is configured, else the local directory', () => {
    expect(openSnapshotStore({ s3: { bucket: 'b' } }).id).toBe('s3');
    expect(openSnapshotStore({ dir: '/tmp/x' }).id).toBe('fs');
    expect(openSnapshotStore(undefined).id).toBe('fs');
    expect(defaultSnapshotDir()).toMatch(/patchline[/\\]snapshots$/);
  });
});
