import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogueExtraction, describesComponent, extractComponents } from '@allmende/catalogue-extraction';
import { boundedFindings, CheckEvaluationError, CheckRunEntity, CheckRunStore, CommitCheck } from '@allmende/checks';
import type { FileTree } from '@allmende/git';
import { Clock } from '@allmende/util';
import { importUsedBy } from '../adoption/adoption-counts';
import { ComponentStore } from '../component/component.store';
import { catalogueFindings, catalogueSummary } from './catalogue-verdict';

/**
 * The CATALOGUE check: reads the components a commit describes and, when the commit is the
 * head of the default branch, makes them the repository's catalogue entries. Describing files
 * it cannot read are findings; the run itself passes, because a broken Dockerfile is no reason
 * to stop publishing (the conduct check judges publishing).
 */
@Injectable()
export class CatalogueCheckService implements CommitCheck<CatalogueExtraction> {
  readonly kind = 'CATALOGUE';
  /** Only describing files are read: a commit of 16,000 files costs a walk of its trees. */
  readonly select = describesComponent;

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: CheckRunStore,
    private readonly components: ComponentStore,
    private readonly clock: Clock,
  ) {}

  async evaluate(tree: FileTree): Promise<CatalogueExtraction> {
    try {
      return extractComponents(tree);
    } catch (error) {
      throw new CheckEvaluationError('component extraction failed on this commit', { cause: error });
    }
  }

  finish(checkRun: CheckRunEntity, extraction: CatalogueExtraction): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const run = await this.runs.lockUnfinished(manager, checkRun.id);
      if (!run) return false;
      const outcome = await this.components.replaceForHead(manager, run.repositoryId, run.commit, extraction.components, this.clock.now());
      if (outcome.indexed) {
        const usedBy = new Map(extraction.components.map((component) => [component.key, component.usedBy]));
        await importUsedBy(manager, run.repositoryId, usedBy);
      }
      await this.runs.finish(manager, run, { status: 'PASSED', summary: catalogueSummary(extraction, outcome), findings: boundedFindings(catalogueFindings(extraction)) });
      return true;
    });
  }
}
