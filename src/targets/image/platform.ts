import { UsageError } from '../../core/errors.js';
import type { Descriptor, Platform } from './manifest.js';

const NODE_ARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm: 'arm', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };

export function hostPlatform(): Platform {
  return { os: 'linux', architecture: NODE_ARCH[process.arch] ?? process.arch };
}

/** `os/arch[/variant]` → a Platform; the host's linux platform when not given. */
export function parsePlatform(text: string | undefined): Platform {
  if (!text) return hostPlatform();
  const parts = text.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/i.test(p))) {
    throw new UsageError(`--platform "${text}" is not os/arch[/variant]; e.g. linux/amd64 or linux/arm64/v8.`);
  }
  const [os, architecture, variant] = parts as [string, string, string?];
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

function variantOf(p: Platform): string | undefined {
  return p.variant ?? (p.architecture === 'arm64' ? 'v8' : undefined);
}

/** The index entry for the platform; the message lists what the index offers when none fits. */
export function choosePlatform(manifests: Descriptor[], wanted: Platform, where: string): Descriptor {
  const images = manifests.filter((m) => m.platform && m.platform.os !== 'unknown');
  const fits = images.filter((m) => m.platform!.os === wanted.os && m.platform!.architecture === wanted.architecture);
  const exact = wanted.variant ? fits.filter((m) => variantOf(m.platform!) === variantOf(wanted)) : fits;
  const chosen = exact[0] ?? (images.length === 0 && manifests.length === 1 ? manifests[0] : undefined);
  if (chosen) return chosen;
  const offered = images.map((m) => formatPlatform(m.platform!)).join(', ') || 'no platforms';
  throw new UsageError(`${where} has no image for ${formatPlatform(wanted)} (it offers ${offered}); choose one with --platform.`);
}
