/**
 * Published ports: which container ports are databases, caches or admin interfaces, and whether a
 * compose port mapping publishes them on every host interface.
 */

const SENSITIVE_PORTS = new Map<number, string>([
  [22, 'SSH'],
  [23, 'Telnet'],
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [2375, 'Docker API (plain HTTP)'],
  [2376, 'Docker API'],
  [2379, 'etcd'],
  [3306, 'MySQL'],
  [5432, 'PostgreSQL'],
  [5672, 'RabbitMQ'],
  [5984, 'CouchDB'],
  [6379, 'Redis'],
  [8086, 'InfluxDB'],
  [9042, 'Cassandra'],
  [9200, 'Elasticsearch'],
  [9300, 'Elasticsearch transport'],
  [10250, 'kubelet'],
  [11211, 'Memcached'],
  [15672, 'RabbitMQ management'],
  [27017, 'MongoDB'],
]);

const LOOPBACK = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|::1|\[::1\])$/i;

export interface PortMapping {
  /** Host IP the port is bound to; undefined means every interface. */
  hostIp?: string;
  /** Container port or range, e.g. `5432` or `8000-8010`. */
  target: string;
}

/** Parses `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTO]`, IPv6 host IPs in brackets. */
export function parseShortPort(spec: string): PortMapping | undefined {
  let s = spec.trim().replace(/\/[a-z]+$/i, '');
  let hostIp: string | undefined;
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(s);
  if (v6) {
    hostIp = v6[1];
    s = v6[2] ?? '';
  }
  const parts = s.split(':');
  const target = parts[parts.length - 1] ?? '';
  if (!/^\d+(?:-\d+)?$/.test(target)) return undefined;
  if (hostIp === undefined && parts.length === 3) hostIp = parts[0];
  return { ...(hostIp !== undefined && hostIp !== '' && { hostIp }), target };
}

export function isLoopback(ip: string | undefined): boolean {
  return ip !== undefined && LOOPBACK.test(ip.trim());
}

/** The service name of the first sensitive port in a port or range, if any. */
export function sensitivePort(target: string): string | undefined {
  const [lo, hi] = target.split('-').map((n) => Number.parseInt(n, 10));
  if (lo === undefined || Number.isNaN(lo)) return undefined;
  const top = hi === undefined || Number.isNaN(hi) ? lo : hi;
  for (const [port, name] of SENSITIVE_PORTS) {
    if (port >= lo && port <= top) return `${port} (${name})`;
  }
  return undefined;
}
