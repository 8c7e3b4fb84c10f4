import { describe, expect, it } from 'vitest';
import type { CatalogContext } from '../../types.js';
import { pomXmlCataloger, rangeFloor } from './index.js';
import { interpolator } from './interpolate.js';

const files = (map: Record<string, string>): CatalogContext => ({ readFile: async (p) => map[p] });
const extract = (text: string, ctx = files({}), path = 'svc/pom.xml') => pomXmlCataloger.extract({ path, size: text.length, text }, ctx);
const dep = (g: string, a: string, extra = ''): string => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${extra}</dependency>`;
const summary = (pkgs: { name: string; version: string; scope?: string; constraint?: string }[]) =>
  pkgs.map((p) => [p.name, p.version, p.scope, p.constraint].filter((x) => x !== undefined).join(' '));

const PARENT = `<project>
  <groupId>org.acme</groupId><artifactId>parent</artifactId><version>2.0.0</version>
  <properties><jackson.version>2.15.2</jackson.version><log.version>1.0</log.version></properties>
  <dependencyManagement><dependencies>
    ${dep('com.fasterxml.jackson.core', 'jackson-databind', '<version>${jackson.version}</version>')}
    ${dep('junit', 'junit', '<version>4.13.2</version><scope>test</scope>')}
  </dependencies></dependencyManagement>
  <dependencies>
    ${dep('org.slf4j', 'slf4j-api', '<version>${log.version}</version>')}
    ${dep('org.inherited', 'only-in-parent', '<version>1.0.0</version>')}
  </dependencies>
</project>`;

const CHILD = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <parent><groupId>org.acme</groupId><artifactId>parent</artifactId><version>2.0.0</version></parent>
  <artifactId>svc</artifactId>
  <properties><log.version>2.0.9</log.version></properties>
  <dependencies>
    ${dep('com.fasterxml.jackson.core', 'jackson-databind')}
    ${dep('junit', 'junit')}
    ${dep('org.slf4j', 'slf4j-api', '<version>${log.version}</version>')}
    ${dep('org.acme', 'sibling', '<version>${project.version}</version>')}
    ${dep('org.range', 'ranged', '<version>[1.2,2.0)</version>')}
    ${dep('javax.servlet', 'servlet-api', '<version>2.5</version><scope>provided</scope>')}
    ${dep('org.unknown', 'unresolved', '<version>${nope}</version>')}
  </dependencies>
  <profiles>
    <profile><id>on</id><activation><activeByDefault>true</activeByDefault></activation>
      <dependencies>${dep('org.profile', 'on', '<version>1</version>')}</dependencies></profile>
    <profile><id>off</id><dependencies>${dep('org.profile', 'off', '<version>1</version>')}</dependencies></profile>
  </profiles>
  <build><plugins><plugin><artifactId>x</artifactId><dependencies>${dep('org.plugin', 'dep', '<version>1</version>')}</dependencies></plugin></plugins></build>
</project>`;

describe('java/pom-xml', () => {
  it('matches pom.xml only', () => {
    expect(pomXmlCataloger.matches('pom.xml')).toBe(true);
    expect(pomXmlCataloger.matches('a/b/pom.xml')).toBe(true);
    expect(pomXmlCataloger.matches('a/pom.properties')).toBe(false);
  });

  it('applies the parent found on disk: properties, dependencyManagement, inherited dependencies, project.version', async () => {
    const out = await extract(CHILD, files({ 'pom.xml': PARENT }));
    expect(out.issues).toBeUndefined();
    expect(summary(out.packages)).toEqual([
      'com.fasterxml.jackson.core:jackson-databind 2.15.2',
      'javax.servlet:servlet-api 2.5 provided',
      'junit:junit 4.13.2 test',
      'org.acme:sibling 2.0.0',
      'org.inherited:only-in-parent 1.0.0',
      'org.profile:on 1',
      'org.range:ranged 1.2 [1.2,2.0)',
      'org.slf4j:slf4j-api 2.0.9',
      'org.unknown:unresolved ',
    ]);
    const inherited = out.packages.find((p) => p.name === 'org.inherited:only-in-parent');
    expect(inherited).toMatchObject({ locations: [{ path: 'pom.xml', line: 10 }], direct: true, purl: 'pkg:maven/org.inherited/only-in-parent@1.0.0' });
    expect(out.packages.find((p) => p.name === 'junit:junit')?.locations).toEqual([{ path: 'svc/pom.xml', line: 8 }]);
  });

  it('ignores a parent whose coordinates do not match, and never leaves the root or loops', async () => {
    const other = PARENT.replace('<artifactId>parent</artifactId>', '<artifactId>other</artifactId>');
    const out = await extract(CHILD, files({ 'pom.xml': other }));
    expect(out.packages.find((p) => p.name === 'com.fasterxml.jackson.core:jackson-databind')?.version).toBe('');
    expect(out.packages.some((p) => p.name === 'org.inherited:only-in-parent')).toBe(false);

    const loop = `<project><parent><groupId>g</groupId><artifactId>a</artifactId><relativePath>pom.xml</relativePath></parent>
      <groupId>g</groupId><artifactId>a</artifactId><dependencies>${dep('x', 'y', '<version>1</version>')}</dependencies></project>`;
    const looped = await extract(loop, files({ 'svc/pom.xml': loop }));
    expect(summary(looped.packages)).toEqual(['x:y 1']);
    const outside = await extract(CHILD, { readFile: async (p) => (p.startsWith('..') ? PARENT : undefined) }, 'pom.xml');
    expect(outside.packages.some((p) => p.name === 'org.inherited:only-in-parent')).toBe(false);
  });

  it('takes the lowest version a range allows', () => {
    expect(rangeFloor('[1.2,2.0)')).toBe('1.2');
    expect(rangeFloor('[ 1.0 ]')).toBe('1.0');
    expect(rangeFloor('(1.0,2.0)')).toBe('');
    expect(rangeFloor('(,2.0]')).toBe('');
    expect(rangeFloor('[1.0,2.0),[3.0,)')).toBe('1.0');
  });

  it('interpolates with bounded work and leaves cycles unresolved', () => {
    const props = new Map([['a', '${b}'], ['b', '${a}'], ['c', 'x${d}'], ['d', 'y']]);
    const interp = interpolator(props);
    expect(interp('${c}-${a}')).toBe('xy-${a}');
    const laughs = new Map<string, string>([['l0', 'lol']]);
    for (let i = 1; i < 40; i++) laughs.set(`l${i}`, `\${l${i - 1}}`.repeat(10));
    expect(interpolator(laughs)('${l39}')).toBe('${l39}');
  });

  describe('hostile input', () => {
    const secret = 'hunter2-SECRET';
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "${secret}"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
      <project><dependencies>${dep('&lol2;', 'a', '<version>1</version>')}</dependencies></project>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><project><groupId>&xxe;</groupId></project>`;
    it.each([
      ['an XML bomb', bomb],
      ['an external entity', xxe],
      ['binary garbage', `\u0000\u0001${secret}\uFFFD`],
      ['JSON', `{"project": "${secret}"}`],
      ['truncated XML', `<project><dependencies>${dep('g', secret)}<depend`],
      ['mismatched tags', `<project><dependencies></project>${secret}`],
      ['another root element', `<settings><servers>${secret}</servers></settings>`],
      ['deep nesting', `<project>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</project>`],
      ['an oversized file', `<project>${' '.repeat(6 * 1024 * 1024)}</project>`],
    ])('%s gives a parse-error issue that does not quote the file', async (_name, text) => {
      const out = await extract(text);
      expect(out.packages).toEqual([]);
      expect(out.issues).toHaveLength(1);
      expect(out.issues![0]).toMatchObject({ code: 'parse-error', path: 'svc/pom.xml' });
      expect(out.issues![0]!.message).not.toContain(secret);
    });

    it('decodes only the predefined entities', async () => {
      const out = await extract(`<project><dependencies>${dep('a&amp;b', 'c&#x41;', '<version>1&lt;2</version>')}</dependencies></project>`);
      expect(summary(out.packages)).toEqual(['a&b:cA 1<2']);
    });
  });
});
