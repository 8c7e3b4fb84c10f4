import type { RuleMeta } from '../../../core/model.js';

/**
 * AWS ECS task definition rules. Tags name the same check in Checkov (CKV_AWS), AWS Security Hub
 * (ECS.n), Trivy's cloud checks (AVD-AWS) or, where those have none, Trivy's Kubernetes checks (KSV).
 */

const PARAMS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html';

function meta(m: Omit<RuleMeta, 'category'>): RuleMeta {
  return { category: 'misconfig', ...m };
}

export const ECS_RULES = {
  privileged: meta({
    id: 'ecs.privileged',
    title: 'ECS container runs privileged',
    description: 'The container definition sets `privileged: true`: the container gets root-equivalent access to the container instance.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-250'],
    help: 'Remove `privileged` (or set it to false); add only the Linux capabilities the container needs under `linuxParameters.capabilities.add`.',
    tags: ['checkov:CKV_AWS_334', 'aws-securityhub:ECS.4', 'trivy:KSV017'],
    references: [`${PARAMS}#container_definition_security`],
  }),
  runAsRoot: meta({
    id: 'ecs.run-as-root',
    title: 'ECS container runs as root',
    description: 'The container definition sets `user` to root / UID 0, or sets no `user`, in which case the image\'s user applies and that is root unless the image says otherwise.',
    severity: 'medium',
    confidence: 'medium',
    cwe: ['CWE-250'],
    help: 'Set `user` to an unprivileged UID:GID (for example `"10001:10001"`) that the image supports.',
    tags: ['trivy:KSV012', 'trivy:KSV105'],
    references: [`${PARAMS}#container_definition_security`],
  }),
  hostNetwork: meta({
    id: 'ecs.host-network',
    title: 'ECS task uses host network mode',
    description: '`networkMode: host` puts the task\'s containers in the container instance\'s network namespace: no network isolation and no task security group.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-653'],
    help: 'Use `networkMode: awsvpc` so each task gets its own network interface and security group.',
    tags: ['trivy:KSV009'],
    references: [`${PARAMS}#network_mode`, 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-network.html'],
  }),
  hostPid: meta({
    id: 'ecs.host-pid',
    title: 'ECS task shares the host PID namespace',
    description: '`pidMode: host` lets the containers see and signal every process on the container instance.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-653'],
    help: 'Remove `pidMode: host`; use `pidMode: task` if containers of the task must see each other\'s processes.',
    tags: ['checkov:CKV_AWS_335', 'aws-securityhub:ECS.3', 'trivy:KSV010'],
    references: [`${PARAMS}#task_definition_pidmode`],
  }),
  hostIpc: meta({
    id: 'ecs.host-ipc',
    title: 'ECS task shares the host IPC namespace',
    description: '`ipcMode: host` gives the containers the container instance\'s shared memory and message queues.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-653'],
    help: 'Remove `ipcMode: host`; use `ipcMode: task` to share IPC only within the task.',
    tags: ['trivy:KSV008'],
    references: [`${PARAMS}#task_definition_ipcmode`],
  }),
  writableRootFs: meta({
    id: 'ecs.writable-root-filesystem',
    title: 'ECS container has a writable root filesystem',
    description: 'The container definition does not set `readonlyRootFilesystem: true`, so code running in it can modify its binaries and persist.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-732'],
    help: 'Set `readonlyRootFilesystem: true` and mount a volume for the paths the container writes to.',
    tags: ['checkov:CKV_AWS_336', 'aws-securityhub:ECS.5', 'trivy:KSV014'],
    references: [`${PARAMS}#container_definition_storage`],
  }),
  dangerousCapability: meta({
    id: 'ecs.dangerous-capability',
    title: 'ECS container adds a dangerous Linux capability',
    description: '`linuxParameters.capabilities.add` grants a capability (ALL, SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, ...) that lets a compromised container attack the host.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-250', 'CWE-269'],
    help: 'Remove the capability; drop ALL under `capabilities.drop` and add back only narrow ones such as NET_BIND_SERVICE.',
    tags: ['trivy:KSV022', 'trivy:KSV005'],
    references: [`${PARAMS}#container_definition_linuxparameters`],
  }),
  plaintextSecret: meta({
    id: 'ecs.plaintext-secret',
    title: 'ECS container has a plaintext secret in its environment',
    description: 'An `environment` entry with a secret-like name (PASSWORD, TOKEN, API_KEY, ...) has a literal value, readable by anyone who can describe the task definition.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-798', 'CWE-312'],
    help: 'Move it to `secrets` with `valueFrom` pointing at Secrets Manager or SSM Parameter Store, and rotate the exposed secret.',
    tags: ['trivy:AVD-AWS-0036'],
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html'],
  }),
} as const satisfies Record<string, RuleMeta>;
