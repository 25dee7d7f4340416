import { Module } from '@nestjs/common';
import { IdentityModule } from '@allmende/identity';
import { ReposModule } from '@allmende/repos';
import { NamespaceRepositoriesResolver } from './graphql/namespace-repositories.resolver';
import { RepositoryContentResolver } from './graphql/repository-content.resolver';
import { RepositoryResolver } from './graphql/repository.resolver';

@Module({
  imports: [IdentityModule, ReposModule],
  providers: [RepositoryResolver, NamespaceRepositoriesResolver, RepositoryContentResolver],
})
export class ReposGraphqlModule {}
