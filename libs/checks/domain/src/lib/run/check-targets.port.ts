/**
 * What the checks need to know about repositories, implemented by the repository
 * context (which depends on this one, not the other way round).
 */
export abstract class CheckTargets {
  /** False once the repository was deleted (its data may still await the purge). */
  abstract isLive(repositoryId: string): Promise<boolean>;

  /** Whether the default branch refuses force-pushes and deletion; null for a deleted repository. */
  abstract protectsDefaultBranch(repositoryId: string): Promise<boolean | null>;
}
