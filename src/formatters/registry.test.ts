import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PatchlineError } from '../core/errors.js';
import { formatterIds, formatters, getFormatter } from './registry.js';
import { loadRules, loadSample, sampleGate } from './testdata/golden.js';
import type { Formatter } from './types.js';

const here = fileURLToPath(new URL('./', import.meta.url));
/** Folders under src/formatters that are not plugins. */
const NOT_PLUGINS = new Set(['shared', 'testdata']);

const pluginFolders = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !NOT_PLUGINS.has(d.name))
  .map((d) => d.name)
  .sort();

describe('formatter registry', () => {
  it('registers every plugin folder, and nothing else', () => {
    expect(formatterIds().slice().sort()).toEqual(pluginFolders);
  });

  it('lists formatters alphabetically, each id once', () => {
    const ids = formatterIds();
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(pluginFolders)('%s/index.ts exports the registered formatter whose id is the folder name', async (folder) => {
    const url = pathToFileURL(`${here}${folder}/index.ts`).href;
    const mod = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
    const exported = Object.values(mod).filter(
      (v): v is Formatter => typeof v === 'object' && v !== null && 'meta' in v && 'render' in v,
    );
    expect(exported.map((f) => f.meta.id)).toEqual([folder]);
    expect(formatters).toContain(exported[0]);
  });

  it.each(pluginFolders)('%s has tests beside it', (folder) => {
    const files = readdirSync(`${here}${folder}`);
    expect(files.filter((f) => f.endsWith('.test.ts')).length).toBeGreaterThan(0);
  });

  it('finds a formatter by id and rejects an unknown one with the list of known ids', () => {
    expect(getFormatter('sarif').meta.id).toBe('sarif');
    expect(() => getFormatter('xml')).toThrow(PatchlineError);
    expect(() => getFormatter('xml')).toThrow(/cyclonedx, json, markdown, sarif, spdx, table/);
  });
});

// One conformance suite run against every formatter.
describe.each(formatters.map((f) => [f.meta.id, f] as const))('formatter %s', (_id, formatter) => {
  const sample = loadSample();
  const empty = { ...sample, findings: [], issues: [], packages: [] };

  it('has meta and an extension', () => {
    expect(formatter.meta.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(formatter.meta.summary.length).toBeGreaterThan(10);
    expect(formatter.extension).toMatch(/^[a-z]+$/);
  });

  it('renders the sample and an empty result as text ending in a newline, deterministically', () => {
    const options = { color: false, gate: sampleGate(sample), rules: loadRules() };
    const once = formatter.render(sample, options);
    expect(once.endsWith('\n')).toBe(true);
    expect(formatter.render(sample, options)).toBe(once);
    expect(formatter.render(empty, { color: false }).endsWith('\n')).toBe(true);
  });

  it('never writes an ANSI escape when colour is off, even for hostile text', () => {
    const hostile = structuredClone(sample);
    hostile.findings[0]!.message = 'boom \u001b[2J\u001b]8;;http://evil\u0007link';
    hostile.findings[0]!.title = 'title \u009b31m';
    const out = formatter.render(hostile, { color: false });
    expect(out).not.toMatch(/\u001b|\u009b|\u0007/);
  });

  it('does not mutate the result it renders', () => {
    const copy = structuredClone(sample);
    formatter.render(copy, { color: true, gate: sampleGate(copy), rules: loadRules() });
    expect(copy).toEqual(sample);
  });
});
