import { describe, expect, it } from 'vitest';
import { makePackage, normalizeName, purlFor } from './package.js';

describe('package identity', () => {
  it('normalizes names per ecosystem', () => {
    expect(normalizeName('PyPI', 'Flask_SQLAlchemy')).toBe('flask-sqlalchemy');
    expect(normalizeName('PyPI', 'zope.interface')).toBe('zope-interface');
    expect(normalizeName('npm', '@Babel/Core')).toBe('@babel/core');
    expect(normalizeName('Go', 'github.com/BurntSushi/toml')).toBe('github.com/BurntSushi/toml');
  });

  it('builds purls with namespaces where the ecosystem has them', () => {
    expect(purlFor('PyPI', 'flask', '2.0.1')).toBe('pkg:pypi/flask@2.0.1');
    expect(purlFor('npm', '@babel/core', '7.0.0')).toBe('pkg:npm/%40babel/core@7.0.0');
    expect(purlFor('Go', 'github.com/gin-gonic/gin', 'v1.9.1')).toBe('pkg:golang/github.com/gin-gonic/gin@v1.9.1');
    expect(purlFor('Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1')).toBe('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1');
    expect(purlFor('Packagist', 'symfony/http-kernel', 'v5.4.0')).toBe('pkg:composer/symfony/http-kernel@v5.4.0');
    expect(purlFor('crates.io', 'serde', '1.0.0')).toBe('pkg:cargo/serde@1.0.0');
  });

  it('makes a package with its location', () => {
    expect(makePackage({ ecosystem: 'PyPI', name: 'PyYAML', version: '5.3', path: 'requirements.txt', line: 4, direct: true })).toEqual({
      ecosystem: 'PyPI', name: 'pyyaml', version: '5.3', purl: 'pkg:pypi/pyyaml@5.3',
      locations: [{ path: 'requirements.txt', line: 4 }], direct: true,
    });
  });
});
