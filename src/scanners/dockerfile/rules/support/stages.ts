import type { Dockerfile, Instruction, Stage } from '../../parser/types.js';

export function finalStage(file: Dockerfile): Stage | undefined {
  return file.stages.at(-1);
}

/** The final stage and the stages it is built `FROM`, final first: what ends up in the image. */
export function finalChain(file: Dockerfile): Stage[] {
  const chain: Stage[] = [];
  let stage = finalStage(file);
  while (stage && !chain.includes(stage)) {
    chain.push(stage);
    stage = stage.baseStage === undefined ? undefined : file.stages[stage.baseStage];
  }
  return chain;
}

/** Instructions of the stages that end up in the final image. */
export function finalImageInstructions(file: Dockerfile): Instruction[] {
  return finalChain(file).reverse().flatMap((s) => s.instructions);
}

export function inFinalImage(file: Dockerfile, instr: Instruction): boolean {
  return finalChain(file).some((s) => s.index === instr.stage);
}

export function staged(file: Dockerfile, keyword: string): Instruction[] {
  return file.stages.flatMap((s) => s.instructions.filter((i) => i.keyword === keyword));
}

/** Instructions that come before `instr` in its stage and in the stages that stage builds on, in order. */
export function chainBefore(file: Dockerfile, instr: Instruction): Instruction[] {
  const chain: Stage[] = [];
  let stage: Stage | undefined = file.stages[instr.stage];
  while (stage && !chain.includes(stage)) {
    chain.unshift(stage);
    stage = stage.baseStage === undefined ? undefined : file.stages[stage.baseStage];
  }
  const all = chain.flatMap((s) => s.instructions);
  const at = all.indexOf(instr);
  return at === -1 ? all : all.slice(0, at);
}

/** The ENV value a stage has set (itself or through the stages it builds on) before an instruction. */
export function envBefore(file: Dockerfile, instr: Instruction, name: string): string | undefined {
  let value: string | undefined;
  for (const i of chainBefore(file, instr)) {
    if (i.keyword === 'ENV') for (const p of i.pairs) if (p.key === name) value = p.value;
  }
  return value;
}
