import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../../core/paths.js';
import { checkAnnotations, coveredRules } from '../../../testing/annotations.js';
import { isTemplate, scanTemplate, templateRules } from './index.js';

describe('Jinja template rules', () => {
  it.each(templateRules.map((r) => r.id))('%s holds its annotated fixture', (id) => {
    const path = `rules/sast-templates/${id}.html`;
    const text = readFileSync(fromPackageRoot(path), 'utf8');
    const covered = coveredRules(text);
    expect(covered.positive.has(id) && covered.negative.has(id)).toBe(true);
    const out = scanTemplate({ path, size: text.length, text });
    expect(checkAnnotations(text, out.findings.map((f) => ({ ruleId: f.ruleId, line: f.location.kind === 'file' ? f.location.startLine : 0 })))).toEqual([]);
  });

  it('reads templates, not other HTML', () => {
    expect(isTemplate('templates/notes.html')).toBe(true);
    expect(isTemplate('app/templates/admin/users.html')).toBe(true);
    expect(isTemplate('mail/welcome.j2')).toBe(true);
    expect(isTemplate('static/index.html')).toBe(false);
    expect(isTemplate('node_modules/x/templates/a.html')).toBe(false);
  });
});
