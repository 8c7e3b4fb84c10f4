import { describe } from 'vitest';
import { describeFixtures } from '../../shared/testdata/fixture-cases.js';
import { pomXmlCataloger } from './index.js';

describe('pom-xml fixtures', () => {
  describeFixtures({
    format: 'pom-xml',
    cataloger: pomXmlCataloger,
    suiteTests: ['sources'],
    extras: {
      'osv-scalibr/multi-version.xml#multi version dependency': {
        ids: ['abc:example.com@1.1.1'],
        reason: 'a dependency declared twice with two versions is reported with both; osv-scalibr keeps the first',
      },
    },
    anyLine: {
      'osv-scalibr/with-parent.xml#with parent': 'a dependency inherited from the parent is located in parent/pom.xml',
      'osv-scalibr/explicit-jar.xml#explicit jar type': 'my-lib is declared as a pom and as a jar; upstream names the jar, patchline locates both',
      'osv-scalibr/with-multiple-classifiers.xml#with multiple classifiers': 'my-lib is declared with and without a classifier; upstream names the plain one, patchline locates both',
    },
  });
});
