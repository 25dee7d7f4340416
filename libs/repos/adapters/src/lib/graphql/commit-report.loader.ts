import { reportKey } from '@allmende/checks';
import { RequestScopedLoader } from '@allmende/platform-adapters';

export type CommitKey = { repositoryId: string; commit: string };

/** A check's newest report per commit, batched per GraphQL request (see RequestScopedLoader). */
export abstract class CommitReportLoader<Report> {
  private readonly loader = new RequestScopedLoader<CommitKey, Report | null>(
    async (keys) => {
      const found = await this.fetch(keys);
      return keys.map((wanted) => found.get(reportKey(wanted.repositoryId, wanted.commit)) ?? null);
    },
    (wanted) => reportKey(wanted.repositoryId, wanted.commit),
  );

  /** The newest report of each key, keyed by `reportKey`. */
  protected abstract fetch(keys: readonly CommitKey[]): Promise<Map<string, Report>>;

  load(requestContext: object, key: CommitKey): Promise<Report | null> {
    return this.loader.load(requestContext, key);
  }
}
