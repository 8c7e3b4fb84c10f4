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
};

/** The reason a finding gets when no registered fixer handles it. */
export function notFixableReason(finding: Finding): string {
  if (finding.location.kind === 'url') return 'a finding on a running service has no source location to edit';
  if (finding.category === 'secret' && /(^|\/)\.env(\.[\w-]+)?$/.test(finding.location.path ?? '')) {
    return 'a .env file is where the environment is meant to be kept: take it out of version control (.gitignore) and rotate the committed value';
  }
  if (finding.category === 'vulnerability' && !finding.safeVersion && !(finding.fixedVersions?.length)) {
    return `no fixed version of ${finding.location.kind === 'package' ? finding.location.name : 'the package'} is known for ${finding.ruleId}`;
  }
  return REASONS[finding.ruleId] ?? `no deterministic fixer handles ${finding.ruleId}; left for the LLM fixer or a reviewer`;
}
