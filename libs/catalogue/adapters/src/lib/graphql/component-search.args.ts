import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { ComponentKind, HardeningLevel } from '@allmende/catalogue-extraction';
import type { ComponentSort } from '@allmende/catalogue';
import { ComponentKindEnum, HardeningLevelEnum } from './component.type';

export const ComponentSortEnum = { RELEVANCE: 'RELEVANCE', UPDATED: 'UPDATED', ADOPTION: 'ADOPTION' } as const satisfies Record<ComponentSort, ComponentSort>;
registerEnumType(ComponentSortEnum, {
  name: 'ComponentSort',
  valuesMap: {
    RELEVANCE: { description: 'Best match first, weighed with license, compliance, badges and adoption (newest first without a query).' },
    UPDATED: { description: 'Recently updated first.' },
    ADOPTION: { description: 'Most adopted first.' },
  },
});

/** Limits a single filter list: more alternatives than any facet has values is a mistake or an attack. */
const MAX_VALUES = 20;

@InputType('ComponentFilter', { description: 'Filters narrow the results; values within one filter are alternatives.' })
export class ComponentFilterInput {
  @Field(() => [ComponentKindEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_VALUES) @IsEnum(ComponentKindEnum, { each: true })
  kinds?: ComponentKind[];

  @Field(() => [String], { nullable: true, description: 'License expressions as the LICENSE check reported them.' })
  @IsOptional() @ArrayMaxSize(MAX_VALUES) @IsString({ each: true }) @MaxLength(200, { each: true })
  licenses?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Only components whose license the platform policy allows.' }) @IsOptional() @IsBoolean()
  allowedLicensesOnly?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Also components whose license the policy denies (hidden by default).' }) @IsOptional() @IsBoolean()
  includeDenied?: boolean;

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_VALUES) @IsString({ each: true }) @MaxLength(100, { each: true })
  categories?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_VALUES) @IsString({ each: true }) @MaxLength(100, { each: true })
  platforms?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_VALUES) @IsString({ each: true }) @MaxLength(32, { each: true })
  developmentStatuses?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_VALUES) @IsString({ each: true }) @MaxLength(32, { each: true })
  maintenanceTypes?: string[];

  @Field(() => [String], { nullable: true, description: 'MUNICIPALITY, STATE, FEDERAL or OTHER: who publishes it.' })
  @IsOptional() @ArrayMaxSize(MAX_VALUES) @IsString({ each: true }) @MaxLength(16, { each: true })
  namespaceKinds?: string[];

  @Field(() => [HardeningLevelEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_VALUES) @IsEnum(HardeningLevelEnum, { each: true })
  hardeningLevels?: HardeningLevel[];

  @Field(() => [String], { nullable: true, description: 'PASSED, FAILED, NEEDS_REVIEW or ERROR of the CONDUCT check.' })
  @IsOptional() @ArrayMaxSize(MAX_VALUES) @IsString({ each: true }) @MaxLength(16, { each: true })
  conductStatuses?: string[];

  @Field(() => String, { nullable: true, description: 'Slug of the publishing namespace.' }) @IsOptional() @IsString() @MaxLength(64)
  namespace?: string;
}

@ArgsType()
export class SearchComponentsArgs {
  @Field(() => String, { nullable: true, description: 'Words in German or English; typos and word beginnings are tolerated.' })
  @IsOptional() @IsString() @MaxLength(200)
  query?: string | null;

  @Field(() => ComponentFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ComponentFilterInput)
  filter?: ComponentFilterInput | null;

  @Field(() => ComponentSortEnum, { defaultValue: 'RELEVANCE' }) @IsEnum(ComponentSortEnum)
  sort: ComponentSort;

  @Field(() => Int, { nullable: true, description: 'At most 100; default 20.' }) @IsOptional() @IsInt() @Min(1) @Max(100)
  first?: number | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200)
  after?: string | null;
}
