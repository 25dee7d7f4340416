/** A Dockerfile as BuildKit reads it, before any build argument is known. */

/** `--name=value` (or a bare `--name`) in front of an instruction's arguments. */
export interface DockerFlag {
  name: string;
  value: string | null;
}

/** The body of `<<NAME` up to the line `NAME`, as RUN, COPY and ADD take it. */
export interface Heredoc {
  name: string;
  body: string;
  /** 1-based line of the instruction that opens it. */
  line: number;
}

export interface DockerInstruction {
  /** Upper case: `RUN`, `COPY`, ... */
  keyword: string;
  /** 1-based line where the instruction starts. */
  line: number;
  /** Last line it takes, continuation lines and heredoc bodies included. */
  endLine: number;
  flags: DockerFlag[];
  /** The arguments after the flags, continuation lines joined. */
  text: string;
  /** The exec (JSON) form when the arguments are a JSON array of strings, else null (shell form). */
  exec: string[] | null;
  heredocs: Heredoc[];
}

export interface DockerStage {
  index: number;
  /** `AS name`, lower case as BuildKit compares it. */
  name: string | null;
  line: number;
  /** The image or earlier stage it builds on, global build arguments substituted. */
  image: string;
  /** Build arguments `image` refers to that have no default: the image is only known at build time. */
  unresolved: string[];
  /** `--platform=`, substituted; null when not given. */
  platform: string | null;
  /** Index of the earlier stage `image` names, or null for an external image (or `scratch`). */
  parent: number | null;
  /** The instructions after FROM. */
  instructions: DockerInstruction[];
}

export interface Dockerfile {
  escape: '\\' | '`';
  /** Parser directives at the top (`syntax`, `escape`, `check`), lower-case names. */
  directives: Record<string, string>;
  /** ARG instructions before the first FROM: the scope of every FROM line. */
  globalArgs: DockerInstruction[];
  /** Their values as FROM lines see them; null for an ARG without default. */
  globalScope: ReadonlyMap<string, string | null>;
  stages: DockerStage[];
}
