/** Which relative paths hold deployment configuration: docker-compose files and ECS task definitions. */

/** docker-compose.yml, docker-compose.prod.yaml, compose.yaml, compose.override.yml, ... */
const COMPOSE_BASENAME = /^(?:docker-)?compose(?:\.[^/]+)?\.ya?ml$/i;
const TASKDEF_NAME = /task[-_]?def/i;

function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}

export function isComposePath(path: string): boolean {
  return COMPOSE_BASENAME.test(basename(path));
}

/** A `.json` file named like a task definition (task-definition, taskdef, task-def) or kept under an `ecs/` directory. */
export function isEcsCandidatePath(path: string): boolean {
  const base = basename(path);
  if (!/\.json$/i.test(base)) return false;
  return TASKDEF_NAME.test(base) || /(?:^|\/)ecs\//i.test(path);
}
