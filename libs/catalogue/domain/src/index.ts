export * from './lib/catalogue.entities';
export * from './lib/component/component.entity';
export * from './lib/adoption/adoption.entity';
export * from './lib/catalogue.error';
export * from './lib/search/component-search.types';
export * from './lib/component/component.store';
export * from './lib/component/component-rows';
