/** The parsed shape of a Dockerfile, close to what BuildKit's parser produces. */

export type EscapeChar = '\\' | '`';

export interface Directives {
  syntax?: string;
  escape: EscapeChar;
  check?: string;
}

/** A builder flag such as `--from=build` or `--link` (a flag without `=` has no value). */
export interface Flag {
  name: string;
  value?: string;
  /** As written, e.g. `--mount=type=cache,target=/root/.cache`. */
  raw: string;
}

export interface Heredoc {
  name: string;
  /** Body lines, each ending with a newline; leading tabs already stripped for `<<-`. */
  content: string;
  /** `<<-EOF`: leading tabs are stripped from the body and the terminator. */
  chomp: boolean;
  /** `<<'EOF'` or `<<"EOF"`: the body is not expanded. */
  quoted: boolean;
  /** File descriptor prefix, e.g. `3<<EOF`. */
  fd?: number;
  startLine: number;
  endLine: number;
}

/** One `key=value` of ENV, LABEL or ARG. An ARG without default has no value. */
export interface KeyValue {
  key: string;
  /** After quote removal and variable expansion. */
  value?: string;
  /** As written in the file, quotes included. */
  rawValue?: string;
}

export interface ParseIssue {
  message: string;
  line: number;
}

export interface Instruction {
  /** Upper case: `RUN`, `FROM`, ... */
  keyword: string;
  /** Physical source lines from startLine to endLine, heredoc bodies included. */
  raw: string;
  /** The logical line: continuations joined, comment lines inside it dropped, no heredoc bodies. */
  text: string;
  flags: Flag[];
  /** What follows the keyword and flags, unexpanded. */
  rest: string;
  /**
   * Arguments. Expanded and unquoted for the instructions Docker expands; for RUN, CMD and ENTRYPOINT in
   * shell form the single command string, in exec form the JSON array.
   */
  args: string[];
  /** Exec (JSON array) form. */
  json: boolean;
  heredocs: Heredoc[];
  /** ENV, LABEL and ARG pairs. */
  pairs: KeyValue[];
  startLine: number;
  endLine: number;
  /** Index of the stage this belongs to; -1 before the first FROM. */
  stage: number;
  stageName?: string;
  /** Variables referenced whose value is not known at parse time (e.g. an ARG without default). */
  unresolved: string[];
  /** For RUN, CMD, ENTRYPOINT and HEALTHCHECK: the SHELL in effect, when a SHELL instruction set one. */
  shell?: string[];
  /** The trigger instruction of an ONBUILD. */
  child?: Instruction;
}

export interface Stage {
  index: number;
  /** The `AS name`, lower-cased as Docker does. */
  name?: string;
  from: Instruction;
  /** Expanded image reference; empty when FROM had none. */
  image: string;
  /** Index of the earlier stage this one builds on (`FROM <stage>`). */
  baseStage?: number;
  instructions: Instruction[];
}

export interface Dockerfile {
  directives: Directives;
  /** Every instruction in file order, the ARGs before the first FROM included. */
  instructions: Instruction[];
  globalArgs: Instruction[];
  stages: Stage[];
  issues: ParseIssue[];
}
