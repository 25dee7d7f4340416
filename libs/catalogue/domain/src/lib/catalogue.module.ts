import { Module } from '@nestjs/common';
import { IdentityModule } from '@allmende/identity';
import { Clock } from '@allmende/util';
import { AdoptionService } from './adoption/adoption.service';
import { ComponentReader } from './component/component.reader';
import { ComponentSearchCache } from './search/component-search.cache';
import { ComponentSearchService } from './search/component-search.service';

/** Reading the catalogue: search, components, adoptions. */
@Module({
  imports: [IdentityModule],
  providers: [Clock, ComponentReader, ComponentSearchCache, ComponentSearchService, AdoptionService],
  exports: [ComponentReader, ComponentSearchService, AdoptionService],
})
export class CatalogueModule {}
