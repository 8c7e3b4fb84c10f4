import { externalImage } from './support/image-ref.js';
import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';

export const latestTag: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.latest-tag',
    title: "Base image uses the 'latest' tag",
    description: "FROM uses the ':latest' tag, so each build may pull a different, unreviewed base image.",
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-1357'],
    help: 'Pin the base image to a specific version tag, ideally with its digest (`image:1.2.3@sha256:…`).',
    tags: ['hadolint:DL3007', 'trivy:DS001'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    for (const stage of file.stages) {
      const ref = externalImage(stage);
      if (ref?.tag?.toLowerCase() === 'latest' && ref.digest === undefined) {
        out.push({ instruction: stage.from, message: `FROM ${stage.image} uses the 'latest' tag; pin a version.` });
      }
    }
    return out;
  },
};
