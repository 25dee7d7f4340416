import type { Dockerfile, DockerInstruction, DockerStage } from './dockerfile.types';
import { keyValues, shellWords, type ShellWord } from './shell-words.lexer';
import type { VariableScope } from './variable.substitution';

/** A value an instruction set, with variables substituted as far as the Dockerfile knows them. */
export interface Setting {
  value: string;
  line: number;
  /** False when it refers to a build argument without default. */
  resolved: boolean;
}

export interface Command {
  /** Exec form as an array, shell form as written. */
  value: string[] | string;
  line: number;
  /** The stage that set it: ENTRYPOINT resets a CMD inherited from an earlier stage, as Docker does with the base image's. */
  stage: number;
}

/** What the final image's configuration holds, inherited through the stages it builds on. */
export interface ImageConfig {
  labels: Map<string, Setting>;
  env: Map<string, string | null>;
  user: Setting | null;
  ports: Setting[];
  /** `NONE` or the `CMD ...` text. */
  healthcheck: Setting | null;
  entrypoint: Command | null;
  cmd: Command | null;
}

/** An image or stage named by `COPY --from` or `RUN --mount=...,from=`. */
export interface StageSource {
  from: Setting;
  stage: number;
  via: 'COPY --from' | 'RUN --mount';
}

/** The stages the final image is made of, from the one on an external image (or scratch) to the last. */
export function finalChain(stages: readonly DockerStage[]): DockerStage[] {
  const chain: DockerStage[] = [];
  for (let current: DockerStage | undefined = stages[stages.length - 1]; current; ) {
    chain.push(current);
    current = current.parent === null ? undefined : stages[current.parent];
  }
  return chain.reverse();
}

/**
 * The final image's configuration. One configuration is carried through the chain instead of
 * one per stage, so a file of thousands of stages and labels is still read in linear time.
 */
export function finalImageConfig(dockerfile: Dockerfile): ImageConfig {
  const config: ImageConfig = { labels: new Map(), env: new Map(), user: null, ports: [], healthcheck: null, entrypoint: null, cmd: null };
  for (const stage of finalChain(dockerfile.stages)) {
    const scope = stageScope(dockerfile, config.env);
    for (const instruction of stage.instructions) {
      const setting = (word: ShellWord): Setting => ({ value: word.value, line: instruction.line, resolved: word.unresolved.length === 0 });
      const words = () => shellWords(instruction.text, dockerfile.escape, scope);
      switch (instruction.keyword) {
        case 'ARG':
        case 'ENV':
          scope.declare(instruction);
          break;
        case 'LABEL':
          for (const pair of keyValues(instruction.text, dockerfile.escape, scope)) {
            if (pair.value !== null) config.labels.set(pair.key, setting({ value: pair.value, unresolved: pair.unresolved }));
          }
          break;
        case 'USER':
          config.user = setting(words()[0] ?? { value: '', unresolved: [] });
          break;
        case 'EXPOSE':
          for (const port of words()) config.ports.push(setting({ ...port, value: withProtocol(port.value) }));
          break;
        case 'HEALTHCHECK':
          config.healthcheck = { value: instruction.text, line: instruction.line, resolved: true };
          break;
        case 'ENTRYPOINT':
          config.entrypoint = commandOf(instruction, stage.index);
          if (config.cmd && config.cmd.stage !== stage.index) config.cmd = null;
          break;
        case 'CMD':
          config.cmd = commandOf(instruction, stage.index);
          break;
      }
    }
  }
  return config;
}

/**
 * Images and stages that COPY --from and RUN --mount take files from, in every stage. Variables
 * in them are resolved with the stage's own ARG and ENV; a `--from` rarely names one at all.
 */
export function stageSources(dockerfile: Dockerfile): StageSource[] {
  const sources: StageSource[] = [];
  for (const stage of dockerfile.stages) {
    if (!stage.instructions.some((instruction) => sourceFlags(instruction).length > 0)) continue;
    const scope = stageScope(dockerfile, new Map());
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') scope.declare(instruction);
      for (const from of sourceFlags(instruction)) {
        const [word] = shellWords(from, dockerfile.escape, scope);
        if (!word) continue;
        const setting = { value: word.value, line: instruction.line, resolved: word.unresolved.length === 0 };
        sources.push({ from: setting, stage: stage.index, via: instruction.keyword === 'COPY' ? 'COPY --from' : 'RUN --mount' });
      }
    }
  }
  return sources;
}

/**
 * The variables one stage sees: its own ARGs (an ARG without default takes the global one's
 * value) and ENV, over the environment it inherits. ENV lands in `env`, which the next stage of
 * the chain inherits; ARGs end with the stage.
 */
function stageScope(dockerfile: Dockerfile, env: Map<string, string | null>): VariableScope & { declare(instruction: DockerInstruction): void } {
  const args = new Map<string, string | null>();
  const scope = {
    get: (name: string) => (args.has(name) ? args.get(name) : env.get(name)),
    declare(instruction: DockerInstruction) {
      for (const { key, value } of keyValues(instruction.text, dockerfile.escape, scope)) {
        if (instruction.keyword === 'ARG') args.set(key, value ?? dockerfile.globalScope.get(key) ?? null);
        else if (value !== null) {
          args.delete(key);
          env.set(key, value);
        }
      }
    },
  };
  return scope;
}

function sourceFlags(instruction: DockerInstruction): string[] {
  if (instruction.flags.length === 0) return [];
  if (instruction.keyword === 'COPY') return instruction.flags.filter((flag) => flag.name === 'from' && flag.value).map((flag) => flag.value as string);
  if (instruction.keyword !== 'RUN') return [];
  return instruction.flags
    .filter((flag) => flag.name === 'mount' && flag.value)
    .flatMap((flag) => (flag.value as string).split(','))
    .filter((option) => option.startsWith('from='))
    .map((option) => option.slice('from='.length));
}

function commandOf(instruction: DockerInstruction, stage: number): Command {
  return { value: instruction.exec ?? instruction.text, line: instruction.line, stage };
}

function withProtocol(port: string): string {
  return port.includes('/') ? port.toLowerCase() : `${port}/tcp`;
}
