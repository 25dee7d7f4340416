import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NamespaceType } from '@allmende/identity-adapters';
import { Connection } from '@allmende/platform-adapters';
import type { RepositoryEntity, RepositoryVisibility } from '@allmende/repos';

export const RepositoryVisibilityEnum = { PUBLIC: 'PUBLIC', INTERNAL: 'INTERNAL', PRIVATE: 'PRIVATE' } as const satisfies Record<
  RepositoryVisibility,
  RepositoryVisibility
>;
registerEnumType(RepositoryVisibilityEnum, {
  name: 'RepositoryVisibility',
  valuesMap: {
    PUBLIC: { description: 'Anyone, also without signing in.' },
    INTERNAL: { description: 'Every signed-in user of the platform.' },
    PRIVATE: { description: 'Members of the namespace only.' },
  },
});

@ObjectType('MirrorStatus')
export class MirrorStatusType {
  @Field(() => Date, { nullable: true })
  lastFetchedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last fetch failed; null after a successful one.' })
  lastError: string | null;
}

@ObjectType('Repository')
export class RepositoryType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: '<namespace>/<name>' })
  fullName: string;

  @Field()
  description: string;

  @Field(() => RepositoryVisibilityEnum)
  visibility: RepositoryVisibility;

  @Field(() => NamespaceType)
  namespace: NamespaceType;

  @Field()
  defaultBranch: string;

  @Field(() => String, { nullable: true, description: 'Commit the default branch points to; null before the first push.' })
  headCommit: string | null;

  @Field({ description: 'Whether maintainers allowed force-pushes and deletion of the default branch.' })
  allowForcePush: boolean;

  @Field(() => String, { nullable: true, description: 'Upstream URL when this repository is a pull mirror.' })
  mirrorOf: string | null;

  @Field(() => MirrorStatusType, { nullable: true })
  mirrorStatus: MirrorStatusType | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from(entity: RepositoryEntity): RepositoryType {
    if (!entity.namespace) throw new Error('repository loaded without its namespace');
    return Object.assign(new RepositoryType(), {
      id: entity.id,
      name: entity.name,
      fullName: `${entity.namespace.slug}/${entity.name}`,
      description: entity.description,
      visibility: entity.visibility,
      namespace: NamespaceType.from(entity.namespace),
      defaultBranch: entity.defaultBranch,
      headCommit: entity.headCommit,
      allowForcePush: entity.allowForcePush,
      mirrorOf: entity.mirrorUrl,
      mirrorStatus: entity.mirrorUrl ? { lastFetchedAt: entity.mirrorFetchedAt, lastError: entity.mirrorError } : null,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

export const RepositoryConnection = Connection(RepositoryType, 'Repository');
