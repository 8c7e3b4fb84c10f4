import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../core/paths.js';
import { checkAnnotations, coveredRules } from '../../testing/annotations.js';
import { dockerfileScanner } from './index.js';
import { dockerfileRules } from './rules/rule-list.js';

const fixture = (id: string) => fromPackageRoot('rules', 'dockerfile', `${id}.Dockerfile`);

/** Rules no hadolint or Trivy check matches; each names the peer tool that has one. */
const NO_HADOLINT_OR_TRIVY_PEER = new Set(['dockerfile.add-remote-url', 'dockerfile.pipe-to-shell', 'dockerfile.world-writable-chmod']);

function scan(path: string, text: string) {
  return dockerfileScanner.scanFile({ path, size: text.length, text });
}

describe('dockerfile rules', () => {
  it('lists rules in alphabetical order with unique ids of the form dockerfile.<kebab-name>', () => {
    const ids = dockerfileRules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^dockerfile\.[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ids.length).toBeGreaterThanOrEqual(25);
  });

  it('gives every rule complete metadata and a peer-tool tag', () => {
    for (const { meta } of dockerfileRules) {
      expect(meta.category, meta.id).toBe('misconfig');
      expect(meta.cwe.length, meta.id).toBeGreaterThan(0);
      expect(meta.references?.length, meta.id).toBeGreaterThan(0);
      const tags = meta.tags ?? [];
      for (const tag of tags) expect(tag, meta.id).toMatch(/^[a-z]+:[A-Za-z0-9_.-]+$/);
      const hasHadolintOrTrivy = tags.some((t) => /^(?:hadolint:DL\d{4}|trivy:DS\d{3})$/.test(t));
      expect(hasHadolintOrTrivy, `${meta.id} has a hadolint or trivy tag`).toBe(!NO_HADOLINT_OR_TRIVY_PEER.has(meta.id));
      expect(tags.length, `${meta.id} has a peer tag`).toBeGreaterThan(0);
    }
  });

  describe.each(dockerfileRules.map((r) => r.meta.id))('%s', (id) => {
    it('has an annotated fixture with positive and negative cases, and the annotations hold', () => {
      const path = fixture(id);
      expect(existsSync(path), `${path} exists`).toBe(true);
      const text = readFileSync(path, 'utf8');
      const { positive, negative } = coveredRules(text);
      expect(positive.has(id), 'has a ruleid: annotation').toBe(true);
      expect(negative.has(id), 'has an ok: annotation').toBe(true);
      const out = scan(`rules/dockerfile/${id}.Dockerfile`, text);
      const reported = out.findings.map((f) => ({ ruleId: f.ruleId, line: f.location.kind === 'file' ? f.location.startLine : 0 }));
      expect(checkAnnotations(text, reported)).toEqual([]);
    });
  });
});
