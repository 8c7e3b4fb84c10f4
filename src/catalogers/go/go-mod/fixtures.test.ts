import { describe } from 'vitest';
import { describeFixtures } from '../../shared/testdata/fixture-cases.js';
import { goModCataloger, goVersion } from './index.js';

const STDLIB = {
  ids: ['stdlib@1.17'],
  reason: 'trivy reports stdlib only from a toolchain directive; patchline (like osv-scalibr) also from `go`',
};

describe('go-mod fixtures', () => {
  describeFixtures({
    format: 'go-mod',
    cataloger: goModCataloger,
    suiteTests: ['sources'],
    skips: {
      'trivy/normal/go.mod#normal': 'asserts only the dependency graph (expected is null)',
      'trivy/replaced/go.mod#no replace': "runs trivy's parser with replace handling switched off, an option patchline does not have",
      'trivy/go116/go.mod#go 1.16':
        "trivy's parser drops go.mod's // indirect lines for go < 1.17 (its analyzer merges go.sum later); " +
        'patchline follows osv-scalibr: keeps them and adds the modules go.sum lists',
    },
    extras: {
      'trivy/replaced/go.mod#replace': STDLIB,
      'trivy/replaced-with-version/go.mod#replace with version': STDLIB,
      'trivy/replaced-with-version-mismatch/go.mod#replaced with version mismatch': STDLIB,
      'trivy/replaced-with-local-path/go.mod#replaced with local path': STDLIB,
      'trivy/replaced-with-local-path-and-version/go.mod#replaced with local path and version': STDLIB,
      'trivy/replaced-with-local-path-and-version-mismatch/go.mod#replaced with local path and version, mismatch': STDLIB,
    },
    dropped: (source, e) =>
      source === 'osv-scalibr' && e.name.startsWith('./') ? 'local-directory replacements are skipped (nothing to look up)' : undefined,
    version: goVersion,
  });
});
