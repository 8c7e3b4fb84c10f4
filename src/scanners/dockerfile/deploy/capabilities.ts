/**
 * Linux capabilities that let a compromised container attack the host, the network or other processes.
 * Docker's default set (CHOWN, NET_BIND_SERVICE, NET_RAW, ...) is not listed: adding those changes nothing.
 */
const DANGEROUS = new Set([
  'ALL',
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_PTRACE',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_BOOT',
  'SYS_TIME',
  'DAC_READ_SEARCH',
  'BPF',
  'PERFMON',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'SYSLOG',
]);

/** Upper-cased capability name without the `CAP_` prefix. */
export function normalizeCapability(cap: string): string {
  return cap.trim().toUpperCase().replace(/^CAP_/, '');
}

export function isDangerousCapability(cap: string): boolean {
  return DANGEROUS.has(normalizeCapability(cap));
}

/** `root`, `0`, `root:...` or `0:...`: the user part names UID 0. */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0]?.trim().toLowerCase();
  return name === 'root' || name === '0';
}
