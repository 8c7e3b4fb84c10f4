import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jarCataloger, parseProperties } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const jar = (name: string, at = `app/lib/${name}`) => {
  const bytes = readFileSync(path.join(here, 'testdata', name));
  return { path: at, size: bytes.length, text: '', bytes };
};

describe('java/jar', () => {
  it('matches Java archives by extension', () => {
    expect(['app/lib/a.jar', 'opt/tomcat/webapps/ROOT.war', 'x/app.EAR'].every(jarCataloger.matches)).toBe(true);
    expect(['app/a.jar.sha1', 'pom.xml', 'lib/a.zip'].some(jarCataloger.matches)).toBe(false);
  });

  it('names the artifact of a plain jar, with its purl and where it was found', async () => {
    const out = await jarCataloger.extract(jar('log4j-core-2.14.1.jar'));
    expect(out.issues).toEqual([]);
    expect(out.packages.map((p) => [p.ecosystem, p.name, p.version, p.purl, p.locations[0]?.path])).toEqual([
      ['Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1', 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
        'app/lib/log4j-core-2.14.1.jar!/META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties'],
    ]);
  });

  it('lists every artifact a shaded jar bundles and reports the incomplete one', async () => {
    const out = await jarCataloger.extract(jar('service-all.jar'));
    expect(out.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['com.example:service@1.0.0', 'com.fasterxml.jackson.core:jackson-databind@2.9.10.1']);
    expect(out.issues?.map((i) => i.message)).toEqual(['META-INF/maven/org.example/incomplete/pom.properties lacks groupId, artifactId or version; skipped']);
  });

  it('reports a truncated archive instead of failing the scan', async () => {
    const out = await jarCataloger.extract(jar('truncated.jar'));
    expect(out.packages).toEqual([]);
    expect(out.issues?.[0]).toMatchObject({ code: 'parse-error', message: expect.stringMatching(/not a readable Java archive/) });
  });

  it('reads Java properties syntax', () => {
    expect(Object.fromEntries(parseProperties('# c\n! c\nversion = 1.2\r\ngroupId:g\n\n  artifactId=a b\n'))).toEqual({ version: '1.2', groupId: 'g', artifactId: 'a b' });
  });
});
