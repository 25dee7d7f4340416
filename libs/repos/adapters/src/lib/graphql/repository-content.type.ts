import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { BlobContent, CommitInfo, TreeEntry, TreeEntryType as EntryKind } from '@allmende/git';
import type { PushEntity } from '@allmende/repos';
import { Connection } from '@allmende/platform-adapters';

export const TreeEntryTypeEnum = { BLOB: 'BLOB', TREE: 'TREE', SYMLINK: 'SYMLINK', SUBMODULE: 'SUBMODULE' } as const satisfies Record<EntryKind, EntryKind>;
registerEnumType(TreeEntryTypeEnum, { name: 'TreeEntryType' });

@ObjectType('TreeEntry')
export class TreeEntryType {
  @Field() name: string;
  @Field() path: string;
  @Field(() => TreeEntryTypeEnum) type: EntryKind;
  @Field() mode: string;
  @Field() oid: string;

  static from(entry: TreeEntry): TreeEntryType {
    return Object.assign(new TreeEntryType(), entry);
  }
}

@ObjectType('Blob')
export class BlobType {
  @Field() path: string;
  @Field() oid: string;
  @Field(() => Int) size: number;
  @Field() isBinary: boolean;
  @Field({ description: 'True for a symbolic link: text is its target, which is never followed.' }) isSymlink: boolean;
  @Field(() => String, { nullable: true, description: 'UTF-8 content up to 1 MiB; null when binary.' }) text: string | null;
  @Field() truncated: boolean;

  static from(blob: BlobContent): BlobType {
    return Object.assign(new BlobType(), blob);
  }
}

@ObjectType('GitActor')
export class GitActorType {
  @Field() name: string;
  @Field() email: string;
  @Field() date: Date;
}

@ObjectType('Commit')
export class CommitType {
  @Field() oid: string;
  @Field() message: string;
  @Field(() => [String]) parents: string[];
  @Field(() => GitActorType) author: GitActorType;
  @Field(() => GitActorType) committer: GitActorType;

  static from(commit: CommitInfo): CommitType {
    return Object.assign(new CommitType(), commit);
  }
}

export const CommitConnection = Connection(CommitType, 'Commit');

@ObjectType('Push')
export class PushType {
  @Field(() => ID) id: string;
  @Field() ref: string;
  @Field() oldSha: string;
  @Field() newSha: string;
  @Field({ description: 'User name of the pusher at the time of the push.' }) actor: string;
  @Field() createdAt: Date;

  static from(push: PushEntity): PushType {
    return Object.assign(new PushType(), {
      id: push.id,
      ref: push.ref,
      oldSha: push.oldSha,
      newSha: push.newSha,
      actor: push.actorName,
      createdAt: push.createdAt,
    });
  }
}

export const PushConnection = Connection(PushType, 'Push');
