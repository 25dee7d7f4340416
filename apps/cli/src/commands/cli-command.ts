import type { CliContext } from '../cli-context';

export interface CliCommand {
  /** Words that select the command, e.g. ['token', 'create']. */
  path: string[];
  usage: string;
  run(args: string[], context: CliContext): Promise<void>;
}

/** Wrong arguments: the usage line is shown and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
