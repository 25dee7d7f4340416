import { Injectable } from '@nestjs/common';
import { LicenseReportStore, StoredLicenseReport } from '@allmende/checks';
import { CommitKey, CommitReportLoader } from '../commit-report.loader';

@Injectable()
export class LicenseReportLoader extends CommitReportLoader<StoredLicenseReport> {
  constructor(private readonly store: LicenseReportStore) {
    super();
  }

  protected fetch(keys: readonly CommitKey[]): Promise<Map<string, StoredLicenseReport>> {
    return this.store.latestFor(keys);
  }
}
