import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { treeReader } from '../../../core/tree-reader.js';
import type { CatalogContext } from '../../types.js';
import { MAX_INCLUDE_DEPTH } from './extract.js';
import { requirementsCataloger } from './index.js';

/** A tree held in memory; paths are relative to its root, like ctx.readFile's. */
function memoryTree(files: Record<string, string>): CatalogContext & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile: async (p: string) => {
      reads.push(p);
      return files[p];
    },
  };
}

async function extract(files: Record<string, string>, root: string) {
  const ctx = memoryTree(files);
  const out = await requirementsCataloger.extract({ path: root, size: files[root]!.length, text: files[root]! }, ctx);
  return { ...out, reads: ctx.reads, where: out.packages.map((p) => `${p.name}@${p.locations[0]!.path}:${p.locations[0]!.line}`) };
}

describe('requirements includes', () => {
  it('follows -r and -c relative to the including file, with the included file as location', async () => {
    const out = await extract(
      {
        'app/requirements.txt': 'flask==2.0.1\n-r ../common/base.txt\n-c constraints.txt\n',
        'common/base.txt': '\n--requirement=sub/more.txt\nrequests>=2.0\n',
        'common/sub/more.txt': 'idna==3.4\n',
        'app/constraints.txt': 'urllib3==1.26.0\n',
      },
      'app/requirements.txt',
    );
    expect(out.where).toEqual([
      'flask@app/requirements.txt:1', 'idna@common/sub/more.txt:1', 'requests@common/base.txt:3', 'urllib3@app/constraints.txt:1',
    ]);
    expect(out.packages.every((p) => p.direct === true)).toBe(true);
    expect(out.issues).toEqual([]);
  });

  it('reads each file once: cycles, self-includes and diamonds end', async () => {
    const out = await extract(
      {
        'a.txt': '-r a.txt\n-r b.txt\n-r c.txt\na==1\n',
        'b.txt': '-r d.txt\n-r a.txt\nb==1\n',
        'c.txt': '-r ./d.txt\nc==1\n',
        'd.txt': '-r b.txt\nd==1\n',
      },
      'a.txt',
    );
    expect(out.reads.sort()).toEqual(['b.txt', 'c.txt', 'd.txt']);
    expect(out.packages.map((p) => p.name).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(out.issues).toEqual([]);
  });

  it(`stops ${MAX_INCLUDE_DEPTH} includes deep with an issue`, async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i <= MAX_INCLUDE_DEPTH + 3; i++) files[`r${i}.txt`] = `-r r${i + 1}.txt\np${i}==1\n`;
    const out = await extract(files, 'r0.txt');
    expect(out.packages).toHaveLength(MAX_INCLUDE_DEPTH + 1);
    expect(out.issues).toEqual([
      expect.objectContaining({ code: 'include-skipped', path: `r${MAX_INCLUDE_DEPTH}.txt`, message: expect.stringMatching(/^line 1: .*nested/) }),
    ]);
  });

  it('reports a missing include, a URL include and an absolute path without quoting them', async () => {
    const out = await extract({ 'r.txt': 'x==1\n-r missing-secret-name.txt\n-r https://example.com/r.txt\n-c /etc/passwd\n' }, 'r.txt');
    expect(out.packages.map((p) => p.name)).toEqual(['x']);
    expect(out.issues!.map((i) => [i.code, i.message.slice(0, 7)])).toEqual([
      ['include-skipped', 'line 2:'], ['include-skipped', 'line 3:'], ['include-skipped', 'line 4:'],
    ]);
    expect(JSON.stringify(out.issues)).not.toMatch(/secret|example\.com|passwd/);
    expect(out.reads).toEqual(['missing-secret-name.txt']);
  });

  describe('on a real tree', () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'patchline-req-'));
    afterAll(() => rmSync(base, { recursive: true, force: true }));

    it('cannot read outside the scan root through ../', async () => {
      const root = path.join(base, 'root');
      mkdirSync(path.join(root, 'sub'), { recursive: true });
      writeFileSync(path.join(base, 'outside.txt'), 'leaked==1\n');
      writeFileSync(path.join(root, 'inside.txt'), 'inside==1\n');
      const text = '-r ../../outside.txt\n-r ../inside.txt\nok==1\n';
      const out = await requirementsCataloger.extract({ path: 'sub/requirements.txt', size: text.length, text }, { readFile: treeReader(root, 1 << 20) });
      expect(out.packages.map((p) => `${p.name}@${p.locations[0]!.path}`)).toEqual(['inside@inside.txt', 'ok@sub/requirements.txt']);
      expect(out.issues).toEqual([expect.objectContaining({ code: 'include-skipped', path: 'sub/requirements.txt', message: expect.stringMatching(/^line 1: .*could not be read/) })]);
    });
  });
});

describe('requirements: hostile input', () => {
  const run = (text: string) => requirementsCataloger.extract({ path: 'requirements.txt', size: text.length, text }, memoryTree({}));

  it('reports a 1 MB single line once, without quoting it', async () => {
    const out = await run(`flask==${'1'.repeat(1 << 20)}x-secret`);
    expect(out.packages).toEqual([]);
    expect(out.issues).toEqual([{ code: 'parse-error', path: 'requirements.txt', message: 'line 1: longer than 100000 characters, not a requirement; skipped' }]);
  });

  it('sums up a file of garbage in a bounded number of issues, keeping what it found', async () => {
    const garbage = Array.from({ length: 500 }, (_, i) => `\u00ff\u00fe${String.fromCharCode(14 + (i % 10))}garbage=secret${i}`).join('\n');
    const out = await run(`ok==1.0\n${garbage}\n{"json": true}`);
    expect(out.packages.map((p) => p.name)).toEqual(['ok']);
    expect(out.issues).toHaveLength(6);
    expect(out.issues![5]!.message).toBe('496 more lines are not valid requirements; skipped');
    expect(JSON.stringify(out.issues)).not.toMatch(/secret|garbage|json/);
  });
});
