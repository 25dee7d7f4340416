import { Injectable } from '@nestjs/common';
import { ConductReportStore, StoredConductReport } from '@allmende/checks';
import { CommitKey, CommitReportLoader } from '../commit-report.loader';

@Injectable()
export class ConductReportLoader extends CommitReportLoader<StoredConductReport> {
  constructor(private readonly store: ConductReportStore) {
    super();
  }

  protected fetch(keys: readonly CommitKey[]): Promise<Map<string, StoredConductReport>> {
    return this.store.latestFor(keys);
  }
}
