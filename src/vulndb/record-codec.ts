import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Advisory } from './types.js';

/**
 * Advisories are stored as minified OSV JSON, deflated with a preset dictionary of the keys and
 * values most OSV records share (4–5× smaller than the JSON files). The dictionary is part of the
 * index format: changing it needs a new INDEX_FORMAT in index-schema.ts.
 */
const DICTIONARY = Buffer.from(JSON.stringify({
  schema_version: '1.6.0',
  id: '',
  summary: '',
  details: '',
  aliases: ['CVE-'],
  upstream: ['CVE-'],
  modified: 'T00:00:00Z',
  published: 'T00:00:00Z',
  withdrawn: '',
  database_specific: { severity: 'MODERATE', cwe_ids: ['CWE-'], github_reviewed: true, github_reviewed_at: '', nvd_published_at: '' },
  references: [
    { type: 'WEB', url: 'https://github.com/' },
    { type: 'ADVISORY', url: 'https://nvd.nist.gov/vuln/detail/CVE-' },
    { type: 'PACKAGE', url: 'https://github.com/' },
    { type: 'FIX', url: 'https://github.com/' },
    { type: 'REPORT', url: 'https://' },
  ],
  affected: [{
    package: { ecosystem: '', name: '', purl: 'pkg:' },
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '' }] }, { type: 'GIT', repo: 'https://github.com/', events: [{ introduced: '' }, { last_affected: '' }] }],
    versions: [],
    ecosystem_specific: {},
    database_specific: { source: 'https://' },
  }],
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
}));

export function encodeAdvisory(advisory: Advisory): Buffer {
  return deflateRawSync(Buffer.from(JSON.stringify(advisory)), { dictionary: DICTIONARY, level: 5 });
}

export function decodeAdvisory(blob: Buffer): Advisory {
  return JSON.parse(inflateRawSync(blob, { dictionary: DICTIONARY }).toString('utf8')) as Advisory;
}
