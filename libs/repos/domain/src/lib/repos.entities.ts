import { PushEntity } from './push/push.entity';
import { RepositoryEntity } from './repository/repository.entity';

export const REPOS_ENTITIES = [RepositoryEntity, PushEntity];
