/** How check reports are looked up: one report per repository and commit. */
export function reportKey(repositoryId: string, commit: string): string {
  return `${repositoryId}:${commit}`;
}
