import { Module } from '@nestjs/common';
import { CatalogueModule } from '@allmende/catalogue';
import { AdoptionResolver } from './graphql/adoption.resolver';
import { ComponentFieldsResolver } from './graphql/component-fields.resolver';
import { ComponentSearchResolver } from './graphql/component-search.resolver';
import { RepositoryComponentsResolver } from './graphql/repository-components.resolver';

@Module({
  imports: [CatalogueModule],
  providers: [ComponentSearchResolver, ComponentFieldsResolver, RepositoryComponentsResolver, AdoptionResolver],
})
export class CatalogueGraphqlModule {}
