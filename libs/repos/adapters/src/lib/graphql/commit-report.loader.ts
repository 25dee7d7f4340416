import DataLoader from 'dataloader';
import { reportKey } from '@allmende/checks';

export type CommitKey = { repositoryId: string; commit: string };

/**
 * One DataLoader per GraphQL request (keyed by the request's context object): a page of
 * repositories asking for a check's report costs one batch, not one per repository. Nothing
 * is cached beyond the request.
 */
export abstract class CommitReportLoader<Report> {
  private readonly loaders = new WeakMap<object, DataLoader<CommitKey, Report | null, string>>();

  /** The newest report of each key, keyed by `reportKey`. */
  protected abstract fetch(keys: readonly CommitKey[]): Promise<Map<string, Report>>;

  load(requestContext: object, key: CommitKey): Promise<Report | null> {
    let loader = this.loaders.get(requestContext);
    if (!loader) {
      loader = new DataLoader(
        async (keys) => {
          const found = await this.fetch(keys);
          return keys.map((wanted) => found.get(reportKey(wanted.repositoryId, wanted.commit)) ?? null);
        },
        { cacheKeyFn: (wanted) => reportKey(wanted.repositoryId, wanted.commit) },
      );
      this.loaders.set(requestContext, loader);
    }
    return loader.load(key);
  }
}
