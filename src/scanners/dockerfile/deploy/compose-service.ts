import { isDangerousCapability, isRootUser, normalizeCapability } from './capabilities.js';
import { COMPOSE_RULES as R } from './compose-rules.js';
import { report } from './report.js';
import type { Reporter } from './report.js';
import { entries, isTruthy, items, scalarText } from './yaml-tree.js';
import type { Entry, Node } from './yaml-tree.js';

/** The settings of one compose service, by key (merge keys applied). */
export interface Service {
  name: string;
  /** The service's key in `services`: where absence findings point. */
  keyNode: Node;
  settings: Map<string, Entry>;
}

export function serviceOf(r: Reporter, name: string, keyNode: Node, value: Node): Service {
  return { name, keyNode, settings: new Map(entries(r.tree, value).map((e) => [e.key, e])) };
}

function path(s: Service, ...rest: string[]): string {
  return ['services', s.name, ...rest].join('.');
}

const NAMESPACE_RULES = [
  { key: 'network_mode', rule: R.hostNetwork },
  { key: 'pid', rule: R.hostPid },
  { key: 'ipc', rule: R.hostIpc },
] as const;

/** privileged, user, host namespaces, read_only, cap_add, security_opt, image. */
export function checkServiceSettings(r: Reporter, s: Service): void {
  const privileged = s.settings.get('privileged');
  if (privileged && isTruthy(privileged.value)) report(r, R.privileged, privileged.keyNode, path(s, 'privileged'));

  const user = s.settings.get('user');
  const userText = scalarText(user?.value);
  if (user && userText !== undefined && isRootUser(userText)) report(r, R.runAsRoot, user.keyNode, path(s, 'user'));

  for (const { key, rule } of NAMESPACE_RULES) {
    const e = s.settings.get(key);
    if (e && scalarText(e.value)?.trim().toLowerCase() === 'host') report(r, rule, e.keyNode, path(s, key));
  }

  const readOnly = s.settings.get('read_only');
  if (!readOnly) {
    report(r, R.writableRootFs, s.keyNode, path(s, 'read_only'), {
      message: `${R.writableRootFs.description} Service: ${s.name}.`,
    });
  } else if (!isTruthy(readOnly.value) && !scalarText(readOnly.value)?.includes('$')) {
    report(r, R.writableRootFs, readOnly.keyNode, path(s, 'read_only'));
  }

  checkCapabilities(r, s);
  checkSecurityOpt(r, s);
  checkImage(r, s);
}

function checkCapabilities(r: Reporter, s: Service): void {
  const capAdd = s.settings.get('cap_add');
  for (const item of items(r.tree, capAdd?.value ?? null)) {
    const cap = scalarText(item);
    if (cap === undefined || !isDangerousCapability(cap)) continue;
    const name = normalizeCapability(cap);
    report(r, R.dangerousCapability, item, path(s, 'cap_add', name), {
      message: `${R.dangerousCapability.description} Capability: ${name}.`,
    });
  }
}

/** `seccomp:unconfined`, `apparmor=unconfined`, `label:disable`, `no-new-privileges:false`, ... */
function weakening(opt: string): string | undefined {
  const m = /^([a-z-]+)\s*[:=]\s*(.*)$/.exec(opt.trim().toLowerCase());
  if (!m) return undefined;
  const [, name, value] = m;
  if ((name === 'seccomp' || name === 'apparmor' || name === 'systempaths') && value === 'unconfined') {
    return `${name} confinement is turned off`;
  }
  if (name === 'label' && value === 'disable') return 'SELinux labelling is turned off';
  if (name === 'no-new-privileges' && (value === 'false' || value === '0')) {
    return 'processes may gain privileges through setuid binaries';
  }
  return undefined;
}

function checkSecurityOpt(r: Reporter, s: Service): void {
  const opts = s.settings.get('security_opt');
  for (const item of items(r.tree, opts?.value ?? null)) {
    const opt = scalarText(item);
    const why = opt === undefined ? undefined : weakening(opt);
    if (!why || opt === undefined) continue;
    const key = opt.trim().toLowerCase().split(/[:=]/)[0] ?? opt;
    report(r, R.securityOptDisabled, item, path(s, 'security_opt', key), {
      message: `${R.securityOptDisabled.description} \`${opt.trim()}\`: ${why}.`,
    });
  }
}

/** The tag of an image reference, '' when it has none, undefined when it is pinned by digest. */
export function imageTag(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.indexOf(':');
  return colon === -1 ? '' : lastPart.slice(colon + 1);
}

function checkImage(r: Reporter, s: Service): void {
  const image = s.settings.get('image');
  const ref = scalarText(image?.value)?.trim();
  // With `build`, `image` names the image compose builds; a service without a literal image is not ours to judge.
  if (!image || ref === undefined || ref === '' || ref.includes('$') || s.settings.has('build')) return;
  const tag = imageTag(ref);
  if (tag === '' || tag?.toLowerCase() === 'latest') {
    report(r, R.latestImage, image.keyNode, path(s, 'image'), {
      message: `${R.latestImage.description} Image: ${ref}.`,
    });
  }
}
