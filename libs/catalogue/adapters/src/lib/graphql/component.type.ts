import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { COMPONENT_KINDS, ComponentKind, HardeningLevel } from '@allmende/catalogue-extraction';
import type { ComponentEntity } from '@allmende/catalogue';

export const ComponentKindEnum = Object.fromEntries(COMPONENT_KINDS.map((kind) => [kind, kind])) as Record<ComponentKind, ComponentKind>;
registerEnumType(ComponentKindEnum, { name: 'ComponentKind' });

export const HardeningLevelEnum = { LOW: 'LOW', MEDIUM: 'MEDIUM', HIGH: 'HIGH' } as const satisfies Record<HardeningLevel, HardeningLevel>;
registerEnumType(HardeningLevelEnum, { name: 'HardeningLevel', description: 'LOW below 50 points, MEDIUM 50-79, HIGH 80 and above.' });

@ObjectType('HardeningCheck')
export class HardeningCheckType {
  @Field({ description: 'Stable identifier, e.g. non-root-user or run-as-non-root.' })
  name: string;

  @Field()
  passed: boolean;

  @Field({ description: 'Why it passed or failed, and where.' })
  detail: string;
}

@ObjectType('Hardening')
export class HardeningType {
  @Field(() => Int, { description: '0-100: the weighted share of checks passed.' })
  score: number;

  @Field(() => HardeningLevelEnum)
  level: HardeningLevel;

  @Field(() => [HardeningCheckType])
  checks: HardeningCheckType[];
}

@ObjectType('LocalizedDescription')
export class LocalizedDescriptionType {
  @Field({ description: 'BCP 47 language tag, or "und" when the file does not say.' })
  language: string;

  @Field(() => String, { nullable: true })
  shortDescription: string | null;

  @Field(() => String, { nullable: true })
  longDescription: string | null;

  @Field(() => [String])
  features: string[];
}

@ObjectType('Component', { description: 'A reusable component of a repository’s default branch.' })
export class ComponentType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ComponentKindEnum)
  kind: ComponentKind;

  @Field({ description: 'Short description: German, else English, else any language given.' })
  description: string;

  @Field(() => [LocalizedDescriptionType])
  descriptions: LocalizedDescriptionType[];

  @Field(() => String, { nullable: true, description: 'The repository’s license as the LICENSE check found it for this commit, else what the describing file declares.' })
  license: string | null;

  @Field(() => String, { nullable: true, description: 'ALLOWED, DENIED, UNKNOWN or NEEDS_REVIEW under the platform policy; null until the LICENSE check finished.' })
  licenseStatus: string | null;

  @Field(() => String, { nullable: true, description: 'The CONDUCT check’s status for this commit; null until it finished.' })
  conductStatus: string | null;

  @Field(() => String, { nullable: true })
  version: string | null;

  @Field(() => String, { nullable: true, description: 'npm, maven, composer, pypi, cargo or go for libraries.' })
  ecosystem: string | null;

  @Field({ description: 'The file the component was read from, relative to the repository root.' })
  path: string;

  @Field({ description: 'The commit the component was read from.' })
  commit: string;

  @Field(() => [String])
  categories: string[];

  @Field(() => [String])
  platforms: string[];

  @Field(() => String, { nullable: true })
  softwareType: string | null;

  @Field(() => String, { nullable: true })
  developmentStatus: string | null;

  @Field(() => String, { nullable: true })
  maintenanceType: string | null;

  @Field(() => [String], { description: 'Software this component needs: base images, chart dependencies, publiccode.yml dependsOn.' })
  dependsOn: string[];

  @Field(() => String, { nullable: true })
  logo: string | null;

  @Field(() => HardeningType, { nullable: true, description: 'For container images, Helm charts and compose files.' })
  hardening: HardeningType | null;

  @Field(() => Int, { description: 'Namespaces that declared they run it, plus unverified users named in publiccode.yml.' })
  adoptionCount: number;

  @Field(() => Int, { description: 'Adoptions declared by the adopting namespace itself.' })
  verifiedAdoptionCount: number;

  @Field()
  updatedAt: Date;

  repositoryId: string;

  static from(entity: ComponentEntity): ComponentType {
    return Object.assign(new ComponentType(), {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      description: entity.description,
      descriptions: Object.entries(entity.descriptions ?? {}).map(([language, text]) => ({ language, shortDescription: text.shortDescription, longDescription: text.longDescription, features: text.features })),
      license: entity.licenseExpression ?? entity.declaredLicense,
      licenseStatus: entity.licenseStatus,
      conductStatus: entity.conductStatus,
      version: entity.version,
      ecosystem: entity.ecosystem,
      path: entity.path,
      commit: entity.commit,
      categories: entity.categories,
      platforms: entity.platforms,
      softwareType: entity.softwareType,
      developmentStatus: entity.developmentStatus,
      maintenanceType: entity.maintenanceType,
      dependsOn: entity.dependsOn,
      logo: entity.logo,
      hardening: entity.hardening,
      adoptionCount: entity.adoptionCount,
      verifiedAdoptionCount: entity.verifiedAdoptionCount,
      updatedAt: entity.updatedAt,
      repositoryId: entity.repositoryId,
    });
  }
}
