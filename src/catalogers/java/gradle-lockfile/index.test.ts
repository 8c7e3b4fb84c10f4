import { describe, expect, it } from 'vitest';
import { gradleLockfileCataloger } from './index.js';

const extract = (text: string, path = 'app/gradle.lockfile') => gradleLockfileCataloger.extract({ path, size: text.length, text });

describe('java/gradle-lockfile', () => {
  it('matches gradle.lockfile, buildscript-gradle.lockfile and per-configuration lockfiles', () => {
    expect(gradleLockfileCataloger.matches('gradle.lockfile')).toBe(true);
    expect(gradleLockfileCataloger.matches('sub/buildscript-gradle.lockfile')).toBe(true);
    expect(gradleLockfileCataloger.matches('gradle/dependency-locks/compileClasspath.lockfile')).toBe(true);
    expect(gradleLockfileCataloger.matches('other/compileClasspath.lockfile')).toBe(false);
    expect(gradleLockfileCataloger.matches('build.gradle')).toBe(false);
  });

  it('reads entries with their lines and a test scope when only test configurations use them', () => {
    const out = extract(
      [
        '# This is a Gradle generated file for dependency locking.',
        'com.google.guava:guava:32.1.2-jre=compileClasspath,runtimeClasspath',
        'junit:junit:4.13.2=testCompileClasspath,testRuntimeClasspath',
        'org.hamcrest:hamcrest-core:1.3',
        'empty=annotationProcessor',
      ].join('\r\n'),
    );
    expect(out.issues).toBeUndefined();
    expect(out.packages.map((p) => [p.name, p.version, p.locations[0]?.line, p.scope])).toEqual([
      ['com.google.guava:guava', '32.1.2-jre', 2, undefined],
      ['junit:junit', '4.13.2', 3, 'test'],
      ['org.hamcrest:hamcrest-core', '1.3', 4, undefined],
    ]);
    expect(out.packages[0]?.purl).toBe('pkg:maven/com.google.guava/guava@32.1.2-jre');
  });

  it('collapses duplicates', () => {
    const out = extract('a:b:1=x\na:b:1=y\n');
    expect(out.packages).toHaveLength(1);
    expect(out.packages[0]?.locations.map((l) => l.line)).toEqual([1, 2]);
  });

  describe('hostile input', () => {
    const secret = 'hunter2-SECRET';
    it.each([
      ['binary garbage', `\u0000\u0001${secret}\uFFFD`],
      ['JSON', `{"a": "${secret}"}`],
      ['too few fields', `group:${secret}=compileClasspath`],
    ])('%s gives a parse-error issue that does not quote the file', (_name, text) => {
      const out = extract(text);
      expect(out.packages).toEqual([]);
      expect(out.issues).toHaveLength(1);
      expect(out.issues![0]).toMatchObject({ code: 'parse-error', path: 'app/gradle.lockfile' });
      expect(out.issues![0]!.message).not.toContain(secret);
    });
  });
});
