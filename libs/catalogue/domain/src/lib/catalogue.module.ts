import { Module } from '@nestjs/common';
import { IdentityModule } from '@allmende/identity';
import { AdoptionService } from './adoption/adoption.service';
import { ComponentReader } from './component/component.reader';
import { ComponentSearchService } from './search/component-search.service';

/** Reading the catalogue: search, components, adoptions. */
@Module({
  imports: [IdentityModule],
  providers: [ComponentReader, ComponentSearchService, AdoptionService],
  exports: [ComponentReader, ComponentSearchService, AdoptionService],
})
export class CatalogueModule {}
