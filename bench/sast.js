// SAST benchmarks, printed not asserted:
//  - throughput on the CPython standard library (without its tests) beside bandit on the same files, in one run;
//  - recall and false-positive rate on the labelled corpus bench/corpus/python/<cwe>/ (`# vuln: CWE-n` /
//    `# safe: CWE-n` on the line above each case), patchline and bandit side by side.
// BENCH_VERBOSE=1 lists every missed vulnerable case and every flagged safe case.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SKIP_DIRS = new Set(['test', 'tests', 'site-packages', '__pycache__']);

/**
 * Bandit 1.6.2 reports no CWE: each test id is mapped to the sink class it detects. Where later bandit
 * releases attach a CWE that names a different class (B102/B307 → CWE-78, B201 → CWE-94, B310 → CWE-22,
 * B701 → CWE-94), the class the test actually looks for is used here.
 */
const BANDIT_CWE = {
  B101: ['CWE-703'],
  B102: ['CWE-94'], // exec
  B103: ['CWE-732'],
  B104: ['CWE-605'],
  B105: ['CWE-259'], // hard-coded password string
  B106: ['CWE-259'], // hard-coded password funcarg
  B107: ['CWE-259'], // hard-coded password default
  B108: ['CWE-377'],
  B201: ['CWE-489'], // flask debug=True
  B301: ['CWE-502'], // pickle
  B302: ['CWE-502'], // marshal
  B303: ['CWE-328'], // md5 / sha1
  B304: ['CWE-327'],
  B305: ['CWE-327'],
  B306: ['CWE-377'],
  B307: ['CWE-94'], // eval
  B308: ['CWE-79'], // mark_safe
  B310: ['CWE-918'], // urllib.urlopen of an arbitrary URL
  B311: ['CWE-338'], // random
  B312: ['CWE-319'],
  B313: ['CWE-611'], B314: ['CWE-611'], B315: ['CWE-611'], B316: ['CWE-611'], B317: ['CWE-611'], B318: ['CWE-611'], B319: ['CWE-611'], B320: ['CWE-611'],
  B321: ['CWE-319'],
  B322: ['CWE-78'],
  B323: ['CWE-295'], // ssl._create_unverified_context
  B324: ['CWE-328'], // hashlib.new('md5')
  B325: ['CWE-377'],
  B501: ['CWE-295'], // requests verify=False
  B502: ['CWE-295'], B503: ['CWE-295'], B504: ['CWE-295'],
  B505: ['CWE-326'],
  B506: ['CWE-502'], // yaml.load
  B507: ['CWE-295'],
  B601: ['CWE-78'], B602: ['CWE-78'], B603: ['CWE-78'], B604: ['CWE-78'], B605: ['CWE-78'], B606: ['CWE-78'], B607: ['CWE-78'], B609: ['CWE-78'],
  B608: ['CWE-89'],
  B610: ['CWE-89'], B611: ['CWE-89'],
  B701: ['CWE-79', 'CWE-1336'], // jinja2 autoescape=False
  B702: ['CWE-79'],
  B703: ['CWE-79'],
};

/**
 * A reported CWE also counts for its MITRE parent when that parent labels the case: a hard-coded password
 * (CWE-259, patchline's hardcoded-password rule and bandit's B105–B107) is a hard-coded credential (CWE-798).
 */
const PARENT_CWE = { 'CWE-259': 'CWE-798' };

// ---------------------------------------------------------------- throughput vs bandit on the stdlib

export function benchStdlib(root, row) {
  const stdlib = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  const version = execFileSync('python3', ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8' }).trim();
  const dir = path.join(root, 'bench', '.work', `stdlib-${version}`);
  const { files, lines, bytes } = copyStdlib(stdlib, dir);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);
  console.log(`stdlib: python ${version} ${stdlib} without test/, tests/, site-packages — ${files} .py files, ${lines} lines, ${(bytes / 2 ** 20).toFixed(1)} MiB (copied to ${path.relative(root, dir)})`);

  const cli = path.join(root, 'bin', 'patchline.js');
  const scan = ['scan', dir, '--scanners', 'sast', '--format', 'json', '--quiet', '--output', '/dev/null'];
  const commands = [
    { name: 'patchline sast', cmd: process.execPath, args: [cli, ...scan], note: 'default --jobs' },
    { name: 'patchline sast --jobs 1', cmd: process.execPath, args: [cli, ...scan, '--jobs', '1'], note: 'one thread, like bandit' },
  ];
  const hasBandit = which('bandit');
  if (hasBandit) commands.push({ name: `bandit ${banditVersion()}`, cmd: 'bandit', args: ['-r', dir, '-f', 'json', '-o', '/dev/null', '-q'], note: 'same files' });
  // Interleaved runs, median time and largest peak RSS of each: the machine is shared, so one run can be off by half.
  const runs = Math.max(1, Number(process.env.BENCH_SAST_RUNS ?? 3));
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, j) => samples[j].push(measure(c.cmd, c.args, [0, 1], root)));
  const results = commands.map((c, j) => {
    const ms = samples[j].map((s) => s.ms).sort((a, b) => a - b)[Math.floor(runs / 2)];
    const rssKb = Math.max(...samples[j].map((s) => s.rssKb));
    const rate = lines / (ms / 1000);
    console.log(`${c.name}: ${(ms / 1000).toFixed(2)} s (median of ${runs}), ${fmt(rate)} lines/s, ${fmt(bytes / 2 ** 20 / (ms / 1000), 2)} MiB/s, peak RSS ${mib(rssKb)} — ${c.note}`);
    return { rate, rssKb };
  });
  if (!hasBandit) {
    console.log('bandit not installed: apt-get install bandit');
    return;
  }
  const [ours, single, theirs] = results;
  // row() prints floor/value for rates: bandit's rate over ours, so 0.20x or less means ≥ 5× bandit.
  row('sast stdlib throughput', ours.rate, 'bandit (same files)', theirs.rate, 'ln/s', '<= 0.20x (>= 5x bandit)');
  console.log(`sast lines/s vs bandit: ${(ours.rate / theirs.rate).toFixed(2)}x (goal >= 5x), ${(single.rate / theirs.rate).toFixed(2)}x on one thread`);
  console.log(`sast peak memory vs bandit: ${(ours.rssKb / theirs.rssKb).toFixed(2)}x (${mib(ours.rssKb)} vs ${mib(theirs.rssKb)}), ${(single.rssKb / theirs.rssKb).toFixed(2)}x on one thread (${mib(single.rssKb)})`);
}

/** The stdlib's .py files without its tests, copied once so both tools read exactly the same tree. */
function copyStdlib(src, dest) {
  const stats = path.join(dest, '.stats.json');
  if (existsSync(stats)) return JSON.parse(readFileSync(stats, 'utf8'));
  rmSync(dest, { recursive: true, force: true });
  let files = 0;
  let lines = 0;
  let bytes = 0;
  const stack = [''];
  while (stack.length > 0) {
    const rel = stack.pop();
    for (const e of readdirSync(path.join(src, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) stack.push(r);
      } else if (e.isFile() && e.name.endsWith('.py')) {
        const body = readFileSync(path.join(src, r));
        mkdirSync(path.join(dest, rel), { recursive: true });
        copyFileSync(path.join(src, r), path.join(dest, r));
        files++;
        bytes += body.length;
        for (const b of body) if (b === 10) lines++;
      }
    }
  }
  const result = { files, lines, bytes };
  writeFileSync(stats, JSON.stringify(result));
  return result;
}

/** Wall time and peak RSS (KiB) of one command: `/usr/bin/time -f %M` when present, else Node's own maxRSS. */
function measure(cmd, args, okStatus, cwd) {
  const tmp = path.join(cwd, 'bench', '.work', `rss-${process.pid}`);
  mkdirSync(path.dirname(tmp), { recursive: true });
  rmSync(tmp, { force: true });
  let full = [cmd, ...args];
  const env = { ...process.env };
  const useTime = existsSync('/usr/bin/time');
  if (useTime) full = ['/usr/bin/time', '-f', '%M', '-o', tmp, ...full];
  else if (cmd === process.execPath) {
    const hook = "import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.BENCH_RSS_OUT,String(process.resourceUsage().maxRSS)))";
    full = [cmd, '--import', `data:text/javascript,${encodeURIComponent(hook)}`, ...args];
    env.BENCH_RSS_OUT = tmp;
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 2 ** 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!okStatus.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(-2000)}`);
  const rssKb = existsSync(tmp) ? Number(readFileSync(tmp, 'utf8').trim().split('\n').pop()) : NaN;
  rmSync(tmp, { force: true });
  return { ms, rssKb };
}

// ---------------------------------------------------------------- labelled corpus: recall and false positives

export function benchCorpus(root) {
  const corpus = path.join(root, 'bench', 'corpus');
  const cases = readLabels(corpus);
  const tools = [{ name: 'patchline', hits: patchlineHits(root, corpus) }];
  if (which('bandit')) tools.push({ name: 'bandit', hits: banditHits(root, corpus) });
  else console.log('bandit not installed: apt-get install bandit (patchline column only)');

  const files = new Set(cases.map((c) => c.file));
  console.log(`sast corpus: ${cases.length} labelled cases in ${files.size} files (bench/corpus) — detected = a finding on the labelled line carrying the labelled CWE (or a child: CWE-259 counts for CWE-798)`);
  // One row per language and CWE: `py CWE-89` (bench/corpus/python), `js CWE-89` (bench/corpus/javascript).
  const groupOf = (c) => `${c.file.startsWith('javascript/') ? 'js' : 'py'} ${c.cwe}`;
  const byNumber = (g) => (g.startsWith('js') ? 100000 : 0) + Number(g.slice(7));
  const cwes = [...new Set(cases.map(groupOf))].sort((a, b) => byNumber(a) - byNumber(b));
  const head = ['CWE'.padEnd(12), 'vuln'.padStart(4), ...tools.map((t) => `${t.name} recall`.padStart(19)), 'safe'.padStart(4), ...tools.map((t) => `${t.name} FP`.padStart(17))];
  console.log(head.join('  '));
  const total = { vuln: 0, safe: 0, det: tools.map(() => 0), fp: tools.map(() => 0) };
  for (const cwe of cwes) {
    const of = cases.filter((c) => groupOf(c) === cwe);
    const vuln = of.filter((c) => c.kind === 'vuln');
    const safe = of.filter((c) => c.kind === 'safe');
    const det = tools.map((t) => vuln.filter((c) => hit(t.hits, c)).length);
    const fp = tools.map((t) => safe.filter((c) => hit(t.hits, c)).length);
    total.vuln += vuln.length;
    total.safe += safe.length;
    det.forEach((d, i) => (total.det[i] += d));
    fp.forEach((f, i) => (total.fp[i] += f));
    console.log(line(cwe, vuln.length, det, safe.length, fp));
  }
  console.log(line('total', total.vuln, total.det, total.safe, total.fp));

  if (process.env.BENCH_VERBOSE) {
    for (const t of tools) {
      for (const c of cases) {
        const h = hit(t.hits, c);
        if (c.kind === 'vuln' && !h) console.log(`  ${t.name} missed   ${c.cwe} ${c.file}:${c.line}`);
        if (c.kind === 'safe' && h) console.log(`  ${t.name} flagged  ${c.cwe} ${c.file}:${c.line}`);
      }
    }
  }
}

function line(label, vuln, det, safe, fp) {
  const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);
  return [
    label.padEnd(12),
    String(vuln).padStart(4),
    ...det.map((d) => `${d} (${pct(d, vuln)})`.padStart(19)),
    String(safe).padStart(4),
    ...fp.map((f) => `${f} (${pct(f, safe)})`.padStart(17)),
  ].join('  ');
}

function hit(hits, c) {
  return (hits.get(`${c.file}:${c.line}`) ?? new Set()).has(c.cwe);
}

/** `# vuln: CWE-89` / `# safe: CWE-89` (`//` in JavaScript): the case is the next line that is not a comment or blank. */
function readLabels(corpus) {
  const cases = [];
  for (const rel of readdirSync(corpus, { recursive: true }).filter((f) => /\.(py|js|ts)$/.test(f)).sort()) {
    const lines = readFileSync(path.join(corpus, rel), 'utf8').split('\n');
    const mark = rel.endsWith('.py') ? '#' : '//';
    lines.forEach((text, i) => {
      const m = new RegExp(`^\\s*${mark}\\s*(vuln|safe):\\s*(CWE-\\d+)\\s*$`).exec(text);
      if (!m) {
        // A near-miss label would silently drop a case from the score.
        if (/(#|\/\/).*\b(vuln|safe)\b.*CWE/i.test(text)) throw new Error(`bench/corpus/${rel}:${i + 1}: label must read '${mark} vuln: CWE-n' or '${mark} safe: CWE-n'`);
        return;
      }
      let j = i + 1;
      while (j < lines.length && new RegExp(`^\\s*(${mark}.*)?$`).test(lines[j])) j++;
      cases.push({ file: rel.split(path.sep).join('/'), line: j + 1, kind: m[1], cwe: m[2] });
    });
  }
  return cases;
}

/** file:line → CWEs, for every line a finding spans. */
function addHit(map, file, from, to, cwes) {
  for (let l = from; l <= to; l++) {
    const key = `${file}:${l}`;
    const set = map.get(key) ?? new Set();
    for (const c of cwes) {
      set.add(c);
      if (PARENT_CWE[c]) set.add(PARENT_CWE[c]);
    }
    map.set(key, set);
  }
}

function patchlineHits(root, corpus) {
  const out = path.join(root, 'bench', '.work', 'corpus-patchline.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'patchline.js'), 'scan', corpus, '--scanners', 'sast', '--format', 'json', '--quiet', '--output', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`patchline scan bench/corpus exited ${r.status}: ${r.stderr}`);
  const map = new Map();
  for (const f of JSON.parse(readFileSync(out, 'utf8')).findings) {
    const loc = f.location;
    if (loc?.kind !== 'file') continue;
    addHit(map, loc.path.split(path.sep).join('/'), loc.startLine, loc.endLine ?? loc.startLine, f.cwe ?? []);
  }
  return map;
}

function banditHits(root, corpus) {
  const out = path.join(root, 'bench', '.work', 'corpus-bandit.json');
  const r = spawnSync('bandit', ['-r', corpus, '-f', 'json', '-o', out, '-q'], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`bandit on bench/corpus exited ${r.status}: ${r.stderr}`);
  const map = new Map();
  for (const res of JSON.parse(readFileSync(out, 'utf8')).results) {
    const file = path.relative(corpus, path.resolve(res.filename)).split(path.sep).join('/');
    const range = res.line_range?.length ? res.line_range : [res.line_number];
    addHit(map, file, Math.min(...range), Math.max(...range), BANDIT_CWE[res.test_id] ?? []);
  }
  return map;
}

function banditVersion() {
  const r = spawnSync('bandit', ['--version'], { encoding: 'utf8' });
  return /bandit\s+(\S+)/.exec(r.stdout ?? '')?.[1] ?? '';
}

function which(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

function fmt(n, digits = 0) {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function mib(kb) {
  return Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MiB` : 'n/a';
}
