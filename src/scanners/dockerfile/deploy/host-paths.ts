import { posix } from 'node:path';

/** Host paths a container must not see: system directories, credentials, the runtime's state. */
const SENSITIVE_EXACT = new Set([
  '/', '/bin', '/boot', '/dev', '/etc', '/lib', '/lib64', '/proc', '/root', '/run', '/sbin', '/sys', '/usr',
  '/var', '/var/run', '/var/lib/docker', '/var/lib/containerd', '/var/lib/kubelet',
]);
const SENSITIVE_PREFIXES = [
  '/root/', '/proc/', '/etc/ssh', '/etc/shadow', '/etc/gshadow', '/etc/sudoers', '/etc/kubernetes', '/var/lib/docker/',
];
const RUNTIME_SOCKET = /(?:^|\/)(?:docker|containerd|podman|crio|cri-dockerd)\.sock$/;

/** Normalized absolute host path, or undefined for named volumes, relative paths and unresolved variables. */
export function hostPath(source: string): string | undefined {
  const s = source.trim();
  if (!s.startsWith('/')) return undefined;
  const normalized = posix.normalize(s);
  return normalized.length > 1 ? normalized.replace(/\/+$/, '') : normalized;
}

/** The Docker / containerd / Podman / CRI-O API socket, wherever it lives (rootless sockets too). */
export function isRuntimeSocket(source: string): boolean {
  return RUNTIME_SOCKET.test(source.trim().replace(/\/+$/, ''));
}

export function isSensitiveHostPath(path: string): boolean {
  return SENSITIVE_EXACT.has(path) || SENSITIVE_PREFIXES.some((p) => path.startsWith(p));
}

/** The host side of a short-syntax volume (`SOURCE:TARGET[:MODE]`); undefined for an anonymous volume. */
export function shortVolumeSource(spec: string): string | undefined {
  const s = spec.trim();
  if (/^[A-Za-z]:[\\/]/.test(s)) return undefined; // Windows host path: not a Linux system directory
  const colon = s.indexOf(':');
  return colon <= 0 ? undefined : s.slice(0, colon);
}
