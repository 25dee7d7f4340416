import type { CliContext } from '../cli-context';

export interface CliCommand {
  /** Words that select the command, e.g. ['token', 'create']. */
  path: string[];
  usage: string;
  /** Resolves to the exit code when it is not simply 0 (e.g. a check that found a problem). */
  run(args: string[], context: CliContext): Promise<void | number>;
}

/** Wrong arguments: the usage line is shown and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
