import { describe, expect, it } from 'vitest';
import { cargoLockCataloger, entryLines } from './index.js';

const extract = (text: string) => cargoLockCataloger.extract({ path: 'app/Cargo.lock', size: text.length, text });

const LOCK = `version = 4

[[package]]
name = "app"
version = "0.1.0"
dependencies = [
 "serde",
 "rand 0.8.5",
]

[[package]]
name = "rand"
version = "0.7.3"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "rand"
version = "0.8.5"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
# a comment before the name
name = "serde"
version = "1.0.200"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = ["rand 0.7.3"]
`;

describe('rust/cargo-lock', () => {
  it('matches Cargo.lock only', () => {
    expect(cargoLockCataloger.matches('Cargo.lock')).toBe(true);
    expect(cargoLockCataloger.matches('crates/x/Cargo.lock')).toBe(true);
    expect(cargoLockCataloger.matches('Cargo.toml')).toBe(false);
    expect(cargoLockCataloger.matches('cargo.lock')).toBe(false);
  });

  it('reads every [[package]] with the line of its name, and marks what workspace crates depend on as direct', () => {
    const out = extract(LOCK);
    expect(out.issues).toBeUndefined();
    const got = out.packages.map((p) => [p.name, p.version, p.locations[0]?.line, p.direct]);
    expect(got).toEqual([
      ['app', '0.1.0', 4, undefined],
      ['rand', '0.7.3', 12, false],
      ['rand', '0.8.5', 17, true],
      ['serde', '1.0.200', 23, true],
    ]);
    expect(out.packages[3]?.purl).toBe('pkg:cargo/serde@1.0.200');
  });

  it('finds entry lines past comments and other tables', () => {
    expect(entryLines('[[package]]\n# x\nname = "a"\n[metadata]\nname = "no"\n[[ package ]] # c\nversion = "1"\n')).toEqual([3, 6]);
  });

  it('collapses duplicate entries', () => {
    const entry = '[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "registry+x"\n\n';
    const out = extract(entry + entry);
    expect(out.packages).toHaveLength(1);
    expect(out.packages[0]?.locations.map((l) => l.line)).toEqual([2, 7]);
  });

  it('reads the [root] table of a version 1 lockfile', () => {
    const out = extract('[root]\nname = "old"\nversion = "0.1.0"\ndependencies = ["libc 0.2.54 (registry+x)"]\n\n[[package]]\nname = "libc"\nversion = "0.2.54"\nsource = "registry+x"\n');
    expect(out.packages.map((p) => [p.name, p.direct])).toEqual([['libc', true], ['old', undefined]]);
  });

  it('reports entries without a name or version and keeps the others', () => {
    const out = extract('[[package]]\nname = "a"\nversion = "1.0.0"\n\n[[package]]\nname = "b"\n');
    expect(out.packages.map((p) => p.name)).toEqual(['a']);
    expect(out.issues).toEqual([{ code: 'parse-error', message: 'Cargo.lock: [[package]] at line 6 has no name or version; skipped', path: 'app/Cargo.lock' }]);
  });

  describe('hostile input', () => {
    const secret = 'hunter2-SECRET';
    it.each([
      ['binary garbage', `\u0000\u0001\u0002${secret}\uFFFD`],
      ['JSON', `{"package": [{"name": "${secret}"}]}`],
      ['a truncated file', `[[package]]\nname = "${secret}`],
      ['package as a string', `package = "${secret}"`],
    ])('%s gives a parse-error issue that does not quote the file', (_name, text) => {
      const out = extract(text);
      expect(out.packages).toEqual([]);
      expect(out.issues).toHaveLength(1);
      expect(out.issues![0]).toMatchObject({ code: 'parse-error', path: 'app/Cargo.lock' });
      expect(out.issues![0]!.message).not.toContain(secret);
    });
  });
});
