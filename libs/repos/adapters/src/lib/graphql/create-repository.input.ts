import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import type { RepositoryVisibility } from '@allmende/repos';
import { RepositoryVisibilityEnum } from './repository.type';

@InputType()
export class CreateRepositoryInput {
  @Field({ description: 'Slug of the namespace the repository belongs to.' }) @IsString() @MaxLength(64)
  namespace: string;

  @Field() @IsString() @MaxLength(100)
  name: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000)
  description?: string | null;

  @Field(() => RepositoryVisibilityEnum, { defaultValue: 'PUBLIC' }) @IsEnum(RepositoryVisibilityEnum)
  visibility: RepositoryVisibility;

  @Field(() => String, { nullable: true, description: 'http(s) URL of a repository to pull-mirror (fetched on a schedule and on request).' })
  @IsOptional() @IsString() @MaxLength(2000)
  mirrorOf?: string | null;
}
