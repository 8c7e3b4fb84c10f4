import { misconfig, type DockerfileRule } from './rule.js';
import { finalChain } from './support/stages.js';

const ROOT = /^(?:root|0)(?::.*)?$/;
/** Windows images have no root user; ContainerAdministrator vs ContainerUser is a different question. */
const WINDOWS = /(?:^|[/:-])(?:windows|nanoserver|servercore)(?:[/:-]|$)/i;

export const rootUser: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.root-user',
    title: 'Image runs as root',
    description: 'The final stage does not switch to a non-root USER, so the container runs as root.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-250'],
    help: 'Create an unprivileged user and add `USER <name>` (or a numeric UID) at the end of the final stage.',
    tags: ['hadolint:DL3002', 'trivy:DS002'],
  }),
  check(file) {
    const chain = finalChain(file);
    const final = chain[0];
    if (!final || final.image === '') return [];
    // the last USER of the final stage, else of the stage it builds on
    for (const stage of chain) {
      const user = stage.instructions.filter((i) => i.keyword === 'USER').at(-1);
      if (!user) continue;
      if (user.unresolved.length > 0 || !ROOT.test((user.args[0] ?? '').trim())) return [];
      return [{ instruction: user, message: `The last USER of the final stage is '${user.args[0]}': the container runs as root.` }];
    }
    const base = chain.at(-1)!;
    if (/nonroot|rootless/i.test(base.image) || WINDOWS.test(base.image)) return [];
    return [{
      instruction: final.from,
      message: 'The final stage never sets USER, so the container runs as the base image user, which is root unless the base image says otherwise.',
    }];
  },
};
