import { describe, expect, it } from 'vitest';
import { CATEGORIES, SEVERITIES } from '../../../core/model.js';
import { deployRules } from './index.js';

const TAG = /^(?:trivy:(?:KSV\d{3}|AVD-AWS-\d{4})|kics:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|checkov:CKV_AWS_\d+|aws-securityhub:ECS\.\d+)$/;

describe('deployRules', () => {
  it('lists compose and ECS rules, alphabetically, each id once', () => {
    const ids = deployRules.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^(?:compose|ecs)\.[a-z]+(?:-[a-z]+)*$/.test(id))).toBe(true);
    expect(ids.filter((id) => id.startsWith('compose.')).length).toBeGreaterThanOrEqual(10);
    expect(ids.filter((id) => id.startsWith('ecs.')).length).toBeGreaterThanOrEqual(7);
  });

  it('cannot be changed by an importer', () => {
    expect(Object.isFrozen(deployRules)).toBe(true);
  });

  it.each(deployRules.map((r) => [r.id, r] as const))('%s is complete', (_id, rule) => {
    expect(rule.category).toBe('misconfig');
    expect(CATEGORIES).toContain(rule.category);
    expect(SEVERITIES).toContain(rule.severity);
    expect(['high', 'medium', 'low']).toContain(rule.confidence);
    expect(rule.title.length).toBeGreaterThan(10);
    expect(rule.description.length).toBeGreaterThan(40);
    expect(rule.help.length).toBeGreaterThan(20);
    expect(rule.cwe.length).toBeGreaterThan(0);
    for (const cwe of rule.cwe) expect(cwe).toMatch(/^CWE-\d+$/);
    for (const tag of rule.tags ?? []) expect(tag).toMatch(TAG);
    expect(rule.references?.length ?? 0).toBeGreaterThan(0);
    for (const ref of rule.references ?? []) expect(ref).toMatch(/^https:\/\//);
  });

  it('pairs each compose rule with its ECS counterpart at the same severity', () => {
    const byId = new Map(deployRules.map((r) => [r.id, r]));
    for (const name of ['privileged', 'run-as-root', 'host-network', 'host-pid', 'host-ipc', 'writable-root-filesystem', 'dangerous-capability', 'plaintext-secret']) {
      expect(byId.get(`compose.${name}`)?.severity, name).toBe(byId.get(`ecs.${name}`)?.severity);
    }
  });
});
