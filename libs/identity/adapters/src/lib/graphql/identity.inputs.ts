import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import type { MemberRole, NamespaceKind, NamespaceVisibility, PlatformRoleName, TokenScope } from '@allmende/identity';
import { MemberRoleEnum, NamespaceKindEnum, NamespaceVisibilityEnum, PlatformRoleEnum, TokenScopeEnum } from './identity.enums';

@InputType()
export class CreateUserInput {
  @Field() @IsString() @MaxLength(40)
  username: string;

  @Field() @IsString() @MaxLength(200)
  displayName: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(254)
  email?: string | null;

  @Field(() => [PlatformRoleEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(2) @IsEnum(PlatformRoleEnum, { each: true })
  platformRoles?: PlatformRoleName[];
}

@InputType()
export class CreateNamespaceInput {
  @Field() @IsString() @MaxLength(64)
  slug: string;

  @Field() @IsString() @MaxLength(200)
  displayName: string;

  @Field(() => NamespaceKindEnum) @IsEnum(NamespaceKindEnum)
  kind: NamespaceKind;

  @Field(() => NamespaceVisibilityEnum, { nullable: true, defaultValue: 'PUBLIC' }) @IsOptional() @IsEnum(NamespaceVisibilityEnum)
  visibility?: NamespaceVisibility;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class AddMemberInput {
  @Field() @IsString() @MaxLength(64)
  namespace: string;

  @Field() @IsString() @MaxLength(40)
  username: string;

  @Field(() => MemberRoleEnum) @IsEnum(MemberRoleEnum)
  role: MemberRole;
}

@InputType()
export class RemoveMemberInput {
  @Field() @IsString() @MaxLength(64)
  namespace: string;

  @Field() @IsString() @MaxLength(40)
  username: string;
}

@InputType()
export class CreateAccessTokenInput {
  @Field() @IsString() @MaxLength(100)
  name: string;

  @Field(() => [TokenScopeEnum]) @ArrayMaxSize(4) @IsEnum(TokenScopeEnum, { each: true })
  scopes: TokenScope[];

  @Field(() => Date, { nullable: true, description: 'Default: 90 days from now; at most 366 days.' }) @IsOptional()
  expiresAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Administrators only: the user the token is for.' })
  @IsOptional() @IsString() @MaxLength(40)
  forUser?: string | null;
}
