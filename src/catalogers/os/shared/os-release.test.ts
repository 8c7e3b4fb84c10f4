import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../testing/fixtures.js';
import { detectOs, detectOsFromMarkers, parseOsRelease } from './os-release.js';

const osRelease = (name: string): string => readFileSync(fixture('pkgdb', 'os-release', `${name}.os-release`), 'utf8');

describe('detectOs', () => {
  it.each([
    ['debian-with-point-release', 'debian', 'Debian:13', 'debian'],
    ['debian-from-os-release', 'debian', 'Debian:8', 'debian'],
    ['ubuntu', 'ubuntu', 'Ubuntu:20.04', 'ubuntu'],
    ['alpine', 'alpine', 'Alpine:v3.11', 'alpine'],
    ['almalinux-from-os-release', 'almalinux', 'AlmaLinux:8', 'almalinux'],
    ['rockylinux-from-os-release', 'rocky', 'Rocky Linux:8', 'rocky'],
    ['redhat-from-os-release', 'rhel', 'Red Hat:7', 'rhel'],
    ['centos', 'centos', 'CentOS:8', 'centos'],
    ['amazon', 'amzn', 'Amazon Linux:2', 'amzn'],
    ['wolfi', 'wolfi', 'Wolfi', 'wolfi'],
    // an unknown ID that is like RHEL: the family, without a release it cannot vouch for
    ['custom', 'scientific', 'Red Hat', 'rhel'],
  ])('%s → %s %s', (file, id, ecosystem, namespace) => {
    expect(detectOs(osRelease(file))).toMatchObject({ id, ecosystem, namespace });
  });

  it('knows nothing of distributions it cannot match', () => {
    expect(detectOs(osRelease('arch'))).toBeUndefined();
    expect(detectOs('garbage\n\0\0')).toBeUndefined();
  });

  it('reads distroless as the Debian release it is built on', () => {
    const distroless = 'PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="12"\nHOME_URL="https://github.com/GoogleContainerTools/distroless"\n';
    expect(detectOs(distroless)).toMatchObject({ id: 'debian', ecosystem: 'Debian:12', prettyName: 'Distroless' });
  });

  it('falls back to alpine-release and debian_version', () => {
    expect(detectOsFromMarkers({ alpineRelease: '3.10.3\n' })?.ecosystem).toBe('Alpine:v3.10');
    expect(detectOsFromMarkers({ debianVersion: '12.5\n' })?.ecosystem).toBe('Debian:12');
    expect(detectOsFromMarkers({ debianVersion: 'bookworm/sid' })).toBeUndefined();
  });

  it('unquotes and unescapes values', () => {
    expect(parseOsRelease('NAME="A \\"B\\""\nID=\'x\'\n# c\nbad line')).toEqual({ NAME: 'A "B"', ID: 'x' });
  });
});
