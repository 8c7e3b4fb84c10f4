import type { Finding } from '../core/model.js';

/** Why no deterministic fixer takes these rules: the safe change depends on what the code means. */
const REASONS: Record<string, string> = {
  'sast.python.path-traversal': 'which files may be served is a decision about the application; confine the path (werkzeug.utils.safe_join) by hand',
  'sast.python.open-redirect': 'the allowed redirect targets depend on the application; check the target is a local path by hand',
  'sast.python.ssrf': 'which hosts may be fetched depends on the application; add an allow-list by hand',
  'sast.python.unsafe-deserialization': 'pickle has no safe mode; replacing it changes the data format (yaml.load is fixed by the yaml fixer)',
  'sast.jinja.safe-filter': 'removing |safe changes what the page shows; decide whether the value may carry HTML',
  'dockerfile.pipe-to-shell': 'a checksum for the downloaded script must come from its publisher',
  'dockerfile.apt-get-unpinned': 'the versions to pin depend on the base image release',
  'dockerfile.missing-healthcheck': 'a health check needs to know how the service answers',
  'dockerfile.world-writable-chmod': 'the permissions the application needs are a decision about it',
  'dockerfile.sudo': 'removing sudo requires knowing which user the step must run as',
  'dockerfile.expose-ssh-port': 'whether the SSH port is needed is a decision about the deployment',
  'dockerfile.shell-form-cmd': 'the exec form changes how arguments and variables are expanded',
  'dockerfile.cd-instead-of-workdir': 'WORKDIR changes the directory for every later step',
  'dockerfile.missing-pipefail': 'pipefail needs a SHELL that has it (bash); the base image decides',
  'compose.privileged': 'which capabilities the service needs instead of privileged mode is a decision about the deployment',
  'compose.run-as-root': 'the user the service runs as must exist in the image and own what it writes',
  'compose.host-network': 'moving off the host network changes how the service is reached (ports must be published)',
  'compose.host-pid': 'whether the service needs the host PID namespace is a decision about the deployment',
  'compose.docker-socket-mount': 'the service may depend on the Docker API; removing the socket is a decision about the deployment',
  'compose.writable-root-filesystem': 'a read-only root needs tmpfs mounts for every path the service writes',
  'ecs.privileged': 'which capabilities the task needs instead of privileged mode is a decision about the deployment',
  'ecs.run-as-root': 'the user the task runs as must exist in the image and own what it writes',
  'ecs.writable-root-filesystem': 'a read-only root needs volumes for every path the container writes',
  'ecs.plaintext-secret': 'a task secret needs a Secrets Manager or SSM Parameter ARN that only the account owner can create',
};

/** The reason a finding gets when no registered fixer handles it. */
export function notFixableReason(finding: Finding): string {
  if (finding.location.kind === 'url') return 'a finding on a running service has no source location to edit';
  if (finding.category === 'secret' && /task[-_]?def|(^|\/)ecs\//i.test(finding.location.path ?? '')) return REASONS['ecs.plaintext-secret']!;
  if (finding.category === 'secret' && /(^|\/)\.env(\.[\w-]+)?$/.test(finding.location.path ?? '')) {
    return 'a .env file is where the environment is meant to be kept: take it out of version control (.gitignore) and rotate the committed value';
  }
  if (finding.category === 'vulnerability' && !finding.safeVersion && !(finding.fixedVersions?.length)) {
    return `no fixed version of ${finding.location.kind === 'package' ? finding.location.name : 'the package'} is known for ${finding.ruleId}`;
  }
  return REASONS[finding.ruleId] ?? `no deterministic fixer handles ${finding.ruleId}; left for the LLM fixer or a reviewer`;
}
