import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemeFor, versionSchemes } from './registry.js';
import { checkRegistry } from '../testing/registry-contract.js';

describe('version scheme registry', () => {
  it('registers every scheme folder under its own id, with tests', () => {
    checkRegistry(path.dirname(new URL(import.meta.url).pathname), versionSchemes);
  });

  it('finds a scheme by OSV ecosystem, ignoring release suffixes and case', () => {
    expect(schemeFor('PyPI')?.meta.id).toBe('pep440');
    expect(schemeFor('npm')?.meta.id).toBe('semver');
    expect(schemeFor('Debian:12')?.meta.id).toBe('deb');
    expect(schemeFor('Ubuntu:22.04:LTS')?.meta.id).toBe('deb');
    expect(schemeFor('Alpine:v3.18')?.meta.id).toBe('apk');
    expect(schemeFor('AlmaLinux:9')?.meta.id).toBe('rpm');
    expect(schemeFor('crates.io')?.meta.id).toBe('cargo');
    expect(schemeFor('Packagist')?.meta.id).toBe('composer');
    expect(schemeFor('Nope')).toBeUndefined();
  });

  it('claims each ecosystem once', () => {
    const all = versionSchemes.flatMap((s) => s.ecosystems.map((e) => e.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });
});
