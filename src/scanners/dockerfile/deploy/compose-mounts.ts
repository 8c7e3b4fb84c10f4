import { COMPOSE_RULES as R } from './compose-rules.js';
import type { Service } from './compose-service.js';
import { hostPath, isRuntimeSocket, isSensitiveHostPath, shortVolumeSource } from './host-paths.js';
import { isLoopback, parseShortPort, sensitivePort } from './ports.js';
import { report, reportSecret } from './report.js';
import type { Reporter } from './report.js';
import { isSecretName } from './secrets.js';
import { entries, entry, isMap, isScalar, items, scalarText } from './yaml-tree.js';
import type { Node } from './yaml-tree.js';

function path(s: Service, ...rest: string[]): string {
  return ['services', s.name, ...rest].join('.');
}

/** volumes (runtime socket, sensitive host paths), ports, environment. */
export function checkServiceMounts(r: Reporter, s: Service): void {
  checkVolumes(r, s);
  checkPorts(r, s);
  checkEnvironment(r, s);
}

/** The host source of a volume entry in short or long syntax, and the node to point at. */
function volumeSource(r: Reporter, item: Node): { source: string; node: Node } | undefined {
  if (isScalar(item)) {
    const spec = scalarText(item);
    const source = spec === undefined ? undefined : shortVolumeSource(spec);
    return source === undefined ? undefined : { source, node: item };
  }
  if (!isMap(item)) return undefined;
  const type = scalarText(entry(r.tree, item, 'type')?.value)?.trim().toLowerCase();
  const src = entry(r.tree, item, 'source');
  const source = scalarText(src?.value);
  if (!src || source === undefined || (type !== undefined && type !== 'bind')) return undefined;
  return { source, node: src.keyNode };
}

function checkVolumes(r: Reporter, s: Service): void {
  const volumes = s.settings.get('volumes');
  for (const item of items(r.tree, volumes?.value ?? null)) {
    const found = volumeSource(r, item);
    if (!found) continue;
    const { source, node } = found;
    if (isRuntimeSocket(source)) {
      report(r, R.dockerSocket, node, path(s, 'volumes', source.trim()), {
        message: `${R.dockerSocket.description} Mounted: ${source.trim()}.`,
      });
      continue;
    }
    const host = hostPath(source);
    if (host !== undefined && isSensitiveHostPath(host)) {
      report(r, R.sensitiveHostMount, node, path(s, 'volumes', host), {
        message: `${R.sensitiveHostMount.description} Mounted: ${host}.`,
      });
    }
  }
}

/** Host IP, container port and a stable label of one `ports` entry, short or long syntax. */
function portOf(r: Reporter, item: Node): { hostIp?: string; target: string; label: string } | undefined {
  if (isScalar(item)) {
    const spec = scalarText(item)?.trim() ?? '';
    const mapping = parseShortPort(spec);
    return mapping && { ...mapping, label: spec };
  }
  if (!isMap(item)) return undefined;
  const target = scalarText(entry(r.tree, item, 'target')?.value)?.trim();
  if (target === undefined) return undefined;
  const hostIp = scalarText(entry(r.tree, item, 'host_ip')?.value)?.trim();
  const published = scalarText(entry(r.tree, item, 'published')?.value)?.trim() ?? '';
  return { ...(hostIp !== undefined && { hostIp }), target, label: `${hostIp ?? ''}:${published}:${target}` };
}

function checkPorts(r: Reporter, s: Service): void {
  const ports = s.settings.get('ports');
  for (const item of items(r.tree, ports?.value ?? null)) {
    // `mode: host` publishes on the node's interfaces just the same; only a loopback host IP is private.
    const port = portOf(r, item);
    if (!port || isLoopback(port.hostIp)) continue;
    const what = sensitivePort(port.target);
    if (!what) continue;
    report(r, R.exposedPort, item, path(s, 'ports', port.label), {
      message: `${R.exposedPort.description} Port: ${what}${port.hostIp ? ` on ${port.hostIp}` : ''}.`,
    });
  }
}

function checkEnvironment(r: Reporter, s: Service): void {
  const env = s.settings.get('environment');
  const value = env?.value ?? null;
  if (isMap(value)) {
    for (const e of entries(r.tree, value)) {
      if (!isSecretName(e.key) || !isScalar(e.value)) continue;
      if (typeof e.value.value === 'boolean') continue;
      reportSecret(r, R.plaintextSecret, e.key, scalarText(e.value), e.value, path(s, 'environment', e.key));
    }
    return;
  }
  for (const item of items(r.tree, value)) {
    const text = scalarText(item);
    const eq = text?.indexOf('=') ?? -1;
    if (text === undefined || eq <= 0) continue;
    const name = text.slice(0, eq).trim();
    if (!isSecretName(name)) continue;
    reportSecret(r, R.plaintextSecret, name, text.slice(eq + 1), item, path(s, 'environment', name), `${name}=`);
  }
}
