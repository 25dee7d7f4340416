import { AdoptionEntity } from './adoption/adoption.entity';
import { ComponentEntity } from './component/component.entity';

export const CATALOGUE_ENTITIES = [ComponentEntity, AdoptionEntity];
