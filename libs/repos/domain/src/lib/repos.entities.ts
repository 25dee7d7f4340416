import { RepositoryEntity } from './repository/repository.entity';

export const REPOS_ENTITIES = [RepositoryEntity];
