import { externalImage } from './support/image-ref.js';
import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';

export const untaggedImage: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.untagged-image',
    title: 'Base image has no tag',
    description: 'FROM names an image without a tag or digest, which Docker resolves to whatever `latest` is at build time.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-1357'],
    help: 'Add an explicit version tag, ideally with a digest: `FROM image:1.2.3@sha256:…`.',
    tags: ['hadolint:DL3006', 'trivy:DS001'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    for (const stage of file.stages) {
      const ref = externalImage(stage);
      if (ref && ref.tag === undefined && ref.digest === undefined) {
        out.push({ instruction: stage.from, message: `FROM ${stage.image} has no tag; Docker will use 'latest'.` });
      }
    }
    return out;
  },
};
