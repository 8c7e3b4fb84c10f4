import type { Instruction } from '../parser/types.js';
import { operands } from './args.js';
import type { ShellCommand } from './commands.js';
import { runScript } from './script.js';

export type Manager = 'apt-get' | 'apt' | 'apk' | 'pip' | 'npm' | 'yum' | 'dnf' | 'microdnf' | 'zypper';

/** One package-manager call of a RUN: `apt-get install -y curl` → sub `install`, packages `['curl']`. */
export interface PackageCall {
  manager: Manager;
  /** Sub-command, e.g. `install`; empty when there is none. */
  sub: string;
  /** Operands after the sub-command. */
  packages: string[];
  /** Arguments after the program (for `python -m pip`, after `pip`). */
  args: string[];
  command: ShellCommand;
}

/** Options that take a separate value, so their value is not mistaken for a package. */
const VALUED: Record<Manager, ReadonlySet<string>> = {
  'apt-get': new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release', '-a', '--host-architecture']),
  apt: new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '-a', '--host-architecture']),
  apk: new Set(['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch', '--keys-dir', '--cache-dir', '--repositories-file', '--cache-max-age']),
  pip: new Set([
    '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links',
    '-t', '--target', '--prefix', '--root', '--platform', '--python-version', '--implementation', '--abi', '--trusted-host', '--src',
    '--upgrade-strategy', '--progress-bar', '--cache-dir', '--log', '--proxy', '--retries', '--timeout', '--exists-action', '--cert',
    '--client-cert', '--report', '-C', '--config-settings', '--global-option', '--no-binary', '--only-binary', '--python',
  ]),
  npm: new Set(['--prefix', '--registry', '--cache', '--tag', '-w', '--workspace', '--omit', '--include', '--install-strategy', '--userconfig', '--loglevel']),
  yum: new Set(['-c', '--config', '--installroot', '--releasever', '-x', '--exclude', '-d', '-e', '--repo', '--repoid', '--enablerepo', '--disablerepo']),
  dnf: new Set(['-c', '--config', '--installroot', '--releasever', '-x', '--exclude', '-d', '-e', '--repo', '--repoid', '--enablerepo', '--disablerepo']),
  microdnf: new Set(['--config', '--installroot', '--releasever', '--enablerepo', '--disablerepo', '--setopt']),
  zypper: new Set(['-c', '--config', '-R', '--root', '--reposd-dir', '--cache-dir', '-t', '--type', '-r', '--repo', '--from']),
};

const PIP = /^pip[0-9.]*$/;
const PYTHON = /^python[0-9.]*$/;

function managerArgs(cmd: ShellCommand): { manager: Manager; args: string[] } | undefined {
  if (PIP.test(cmd.name)) return { manager: 'pip', args: cmd.args };
  if (PYTHON.test(cmd.name) && cmd.args[0] === '-m' && cmd.args[1] !== undefined && PIP.test(cmd.args[1])) {
    return { manager: 'pip', args: cmd.args.slice(2) };
  }
  if (Object.hasOwn(VALUED, cmd.name)) return { manager: cmd.name as Manager, args: cmd.args };
  return undefined;
}

export function packageCalls(instr: Instruction, ...managers: Manager[]): PackageCall[] {
  if (instr.keyword !== 'RUN') return [];
  const calls: PackageCall[] = [];
  for (const command of runScript(instr).commands) {
    const found = managerArgs(command);
    if (!found || !managers.includes(found.manager)) continue;
    const [sub = '', ...packages] = operands(found.args, VALUED[found.manager]);
    calls.push({ manager: found.manager, sub, packages, args: found.args, command });
  }
  return calls;
}

/** Does the RUN remove, or mount as a cache, any of these directories? */
export function cleansPath(instr: Instruction, paths: readonly string[]): boolean {
  const touches = (p: string) => paths.some((dir) => p === dir || p.startsWith(`${dir}/`) || p.startsWith(`${dir}*`));
  const covers = (target: string) => target !== '' && paths.some((dir) => dir === target || dir.startsWith(`${target}/`) || target.startsWith(`${dir}/`));
  const cacheMount = instr.flags.some((f) => f.name === 'mount' && /\btype=cache\b/.test(f.value ?? '') && covers(mountTarget(f.value ?? '')));
  if (cacheMount) return true;
  return runScript(instr).commands.some((c) => c.name === 'rm' && operands(c.args).some(touches));
}

function mountTarget(spec: string): string {
  const m = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(spec);
  return (m?.[1] ?? '').replace(/\/+$/, '');
}
