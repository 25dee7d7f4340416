import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AccessTokenEntity, TokenScope } from '@allmende/identity';
import { TokenScopeEnum } from './identity.enums';

@ObjectType('AccessToken')
export class AccessTokenType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'First characters of the token, to recognise it.' })
  displayPrefix: string;

  @Field(() => [TokenScopeEnum])
  scopes: TokenScope[];

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field()
  createdAt: Date;

  static from(entity: AccessTokenEntity): AccessTokenType {
    return Object.assign(new AccessTokenType(), {
      id: entity.id,
      name: entity.name,
      displayPrefix: entity.displayPrefix,
      scopes: entity.scopes,
      expiresAt: entity.expiresAt,
      revokedAt: entity.revokedAt,
      lastUsedAt: entity.lastUsedAt,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('CreatedAccessToken')
export class CreatedAccessTokenType {
  @Field({ description: 'The token itself. Shown only in this response; store it now.' })
  token: string;

  @Field(() => AccessTokenType)
  accessToken: AccessTokenType;
}
