import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LicenseReportStore, reportKey, StoredLicenseReport } from '@allmende/checks';

type Key = { repositoryId: string; commit: string };

/**
 * One DataLoader per GraphQL request (keyed by the request's context object): a page of
 * repositories asking for `license` costs two queries, not two per repository. Nothing is
 * cached beyond the request.
 */
@Injectable()
export class LicenseReportLoader {
  private readonly loaders = new WeakMap<object, DataLoader<Key, StoredLicenseReport | null, string>>();

  constructor(private readonly store: LicenseReportStore) {}

  load(requestContext: object, key: Key): Promise<StoredLicenseReport | null> {
    let loader = this.loaders.get(requestContext);
    if (!loader) {
      loader = new DataLoader(
        async (keys) => {
          const found = await this.store.latestFor(keys);
          return keys.map((wanted) => found.get(reportKey(wanted.repositoryId, wanted.commit)) ?? null);
        },
        { cacheKeyFn: (wanted) => reportKey(wanted.repositoryId, wanted.commit) },
      );
      this.loaders.set(requestContext, loader);
    }
    return loader.load(key);
  }
}
