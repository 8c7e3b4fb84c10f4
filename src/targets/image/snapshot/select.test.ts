import { describe, expect, it } from 'vitest';
import { snapshotSelection } from './select.js';

describe('snapshotSelection', () => {
  it('takes WORKDIR and included globs, never installed packages', () => {
    const s = snapshotSelection('/srv/app/', ['etc/app/*.conf']);
    expect(['srv/app/main.py', 'srv/app/.env', 'etc/app/site.conf'].filter(s.wants)).toHaveLength(3);
    expect(['srv/app/node_modules/a/index.js', 'srv/app/.venv/lib/x.py', 'srv/app/x.pyc', 'srv/other.py', 'etc/passwd', 'usr/lib/python3/site-packages/a.py'].some(s.wants)).toBe(false);
  });

  it('does not take a WORKDIR that is the root or an OS tree', () => {
    expect(snapshotSelection('/').wants('app.py')).toBe(false);
    expect(snapshotSelection('/usr').wants('usr/bin/python3')).toBe(false);
    expect(snapshotSelection(undefined).wants('app/main.py')).toBe(false);
  });
});
