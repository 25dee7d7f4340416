import { Args, ArgsType, Field, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CheckRunService } from '@allmende/checks';
import { GitProcess, GitReadError, GitReader, RepositoryStorage } from '@allmende/git';
import { AccessPolicy, Actor, NamespaceEntity } from '@allmende/identity';
import { CurrentActor, RequireScope } from '@allmende/identity-adapters';
import { PageArgs, toConnection } from '@allmende/platform-adapters';
import { PushService, RepositoryService } from '@allmende/repos';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@allmende/util';
import { CheckRunType } from './check-run.type';
import { BlobType, CommitConnection, CommitType, PushConnection, PushType, TreeEntryType } from './repository-content.type';
import { RepositoryType } from './repository.type';

@ArgsType()
class CommitsArgs {
  @Field(() => String, { nullable: true, description: 'Branch, tag or commit id; default: the default branch.' })
  @IsOptional() @IsString() @MaxLength(255)
  ref?: string;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[0-9a-f]{40}$/, { message: 'after must be a commit id' })
  after?: string;
}

/** Repository contents read from git, the push history and the check runs of commits. */
@Resolver(() => RepositoryType)
export class RepositoryContentResolver {
  constructor(
    private readonly reader: GitReader,
    private readonly git: GitProcess,
    private readonly storage: RepositoryStorage,
    private readonly pushes: PushService,
    private readonly checks: CheckRunService,
    private readonly repositoryService: RepositoryService,
    private readonly access: AccessPolicy,
  ) {}

  @ResolveField(() => [TreeEntryType])
  async tree(
    @Parent() repository: RepositoryType,
    @Args('path', { nullable: true }) path?: string,
    @Args('ref', { nullable: true }) ref?: string,
  ): Promise<TreeEntryType[]> {
    const commit = await this.commitOf(repository, ref);
    return commit ? (await this.reader.tree(repository.id, commit, path ?? '')).map(TreeEntryType.from) : [];
  }

  @ResolveField(() => BlobType, { nullable: true })
  async blob(@Parent() repository: RepositoryType, @Args('path') path: string, @Args('ref', { nullable: true }) ref?: string): Promise<BlobType | null> {
    const commit = await this.commitOf(repository, ref);
    if (!commit) return null;
    try {
      return BlobType.from(await this.reader.blob(repository.id, commit, path));
    } catch (error) {
      if (error instanceof GitReadError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  @ResolveField(() => CommitConnection)
  async commits(@Parent() repository: RepositoryType, @Args() args: CommitsArgs) {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const commit = await this.commitOf(repository, args.ref);
    const { commits, hasNextPage } = commit ? await this.reader.log(repository.id, commit, first, args.after) : { commits: [], hasNextPage: false };
    const items = commits.map((node) => ({ node, cursor: node.oid }));
    return toConnection(
      {
        items,
        hasNextPage,
        endCursor: items.length ? items[items.length - 1].cursor : null,
        totalCount: async () => (commit ? Number(await this.git.runOrThrow(['--git-dir', this.storage.pathOf(repository.id), 'rev-list', '--count', commit])) : 0),
      },
      CommitType.from,
    );
  }

  @ResolveField(() => PushConnection, { description: 'Every ref change pushed, newest first.' })
  async pushHistory(@Parent() repository: RepositoryType, @Args() page: PageArgs) {
    return toConnection(await this.pushes.history(repository.id, page), PushType.from);
  }

  @ResolveField(() => [CheckRunType], { description: 'The check runs of the head commit, or of the given commit.' })
  async checkRuns(@Parent() repository: RepositoryType, @Args('commit', { nullable: true }) commit?: string): Promise<CheckRunType[]> {
    const target = commit ?? repository.headCommit;
    return target ? (await this.checks.forCommit(repository.id, target)).map(CheckRunType.from) : [];
  }

  @Mutation(() => [CheckRunType], { description: 'Runs the checks of a commit (default: the head commit); existing runs are kept.' })
  @RequireScope('WRITE')
  async requestChecks(
    @CurrentActor() actor: Actor,
    @Args('repositoryId', { type: () => ID }) repositoryId: string,
    @Args('commit', { nullable: true }) commit?: string,
  ): Promise<CheckRunType[]> {
    const repository = await this.repositoryService.getVisibleById(actor, repositoryId);
    await this.access.requireRole(actor, repository.namespace as NamespaceEntity, 'DEVELOPER');
    const target = await this.reader.resolveCommit(repository.id, commit ?? 'HEAD');
    if (!target) throw GitReadError.invalid('the repository has no commits yet');
    return (await this.checks.request(repository.id, target)).map(CheckRunType.from);
  }

  @Mutation(() => RepositoryType, { description: 'Maintainers allow or forbid force-pushes and deletion of the default branch.' })
  @RequireScope('WRITE')
  async setAllowForcePush(
    @CurrentActor() actor: Actor,
    @Args('repositoryId', { type: () => ID }) repositoryId: string,
    @Args('allow') allow: boolean,
  ): Promise<RepositoryType> {
    return RepositoryType.from(await this.repositoryService.setForcePush(actor, repositoryId, allow));
  }

  @Mutation(() => RepositoryType, { description: 'Fetches a pull mirror now instead of waiting for its schedule.' })
  @RequireScope('WRITE')
  async syncMirror(@CurrentActor() actor: Actor, @Args('repositoryId', { type: () => ID }) repositoryId: string): Promise<RepositoryType> {
    return RepositoryType.from(await this.repositoryService.syncMirror(actor, repositoryId));
  }

  private commitOf(repository: RepositoryType, ref: string | undefined): Promise<string | null> {
    return this.reader.resolveCommit(repository.id, ref ?? 'HEAD');
  }
}
