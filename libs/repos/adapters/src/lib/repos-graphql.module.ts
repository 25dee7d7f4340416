import { Module } from '@nestjs/common';
import { ReposModule } from '@allmende/repos';
import { NamespaceRepositoriesResolver } from './graphql/namespace-repositories.resolver';
import { RepositoryResolver } from './graphql/repository.resolver';

@Module({
  imports: [ReposModule],
  providers: [RepositoryResolver, NamespaceRepositoriesResolver],
})
export class ReposGraphqlModule {}
