import { CheckRunEntity } from './check-run.entity';

export const CHECKS_ENTITIES = [CheckRunEntity];
