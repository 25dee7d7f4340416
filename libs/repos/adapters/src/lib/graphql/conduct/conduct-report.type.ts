import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Finding, StoredConductReport } from '@allmende/checks';
import type { Badge, BadgeCriterion, BadgeLevel, BadgeName, ConductStatus } from '@allmende/conduct';
import { FindingType } from '../check-run.type';

export const ConductStatusEnum = { PASSED: 'PASSED', FAILED: 'FAILED', NEEDS_REVIEW: 'NEEDS_REVIEW' } as const satisfies Record<ConductStatus, ConductStatus>;
export const BadgeNameEnum = { MAINTAINED: 'maintained', SECURE: 'secure', REUSABLE: 'reusable' } as const satisfies Record<Uppercase<BadgeName>, BadgeName>;
export const BadgeLevelEnum = { BRONZE: 'BRONZE', SILVER: 'SILVER', GOLD: 'GOLD' } as const satisfies Record<BadgeLevel, BadgeLevel>;
registerEnumType(ConductStatusEnum, { name: 'ConductStatus' });
registerEnumType(BadgeNameEnum, { name: 'BadgeName' });
registerEnumType(BadgeLevelEnum, { name: 'BadgeLevel' });

@ObjectType('BadgeCriterion')
export class BadgeCriterionType {
  @Field({ description: 'Stable machine-readable name, e.g. signed-tags.' }) id: string;
  @Field(() => BadgeLevelEnum, { description: 'The level this criterion belongs to.' }) level: BadgeLevel;
  @Field() description: string;
  @Field({ description: 'What was measured, e.g. "3 of 4 tags signed (75 %)".' }) detail: string;

  static from(criterion: BadgeCriterion): BadgeCriterionType {
    return Object.assign(new BadgeCriterionType(), criterion);
  }
}

@ObjectType('Badge')
export class BadgeType {
  @Field(() => BadgeNameEnum) name: BadgeName;
  @Field(() => BadgeLevelEnum, { nullable: true, description: 'The highest level whose criteria, and those of every level below, are met; null for none.' })
  level: BadgeLevel | null;
  @Field(() => [BadgeCriterionType]) met: BadgeCriterionType[];
  @Field(() => [BadgeCriterionType]) missing: BadgeCriterionType[];

  static from(badge: Badge): BadgeType {
    return Object.assign(new BadgeType(), { name: badge.name, level: badge.level, met: badge.met.map(BadgeCriterionType.from), missing: badge.missing.map(BadgeCriterionType.from) });
  }
}

@ObjectType('ConductReport')
export class ConductReportType {
  @Field(() => ConductStatusEnum, { description: 'PASSED, FAILED (an ERROR finding) or NEEDS_REVIEW (only findings a reviewer may waive).' })
  status: ConductStatus;
  @Field(() => [FindingType]) findings: Finding[];
  @Field(() => [BadgeType], { description: 'MAINTAINED, SECURE and REUSABLE, each with its level and the criteria met and missing.' }) badges: BadgeType[];
  @Field() commit: string;
  @Field() checkedAt: Date;
  @Field({ description: 'The check stopped at a size limit; files beyond it were not examined.' }) truncated: boolean;

  static from({ report, findings }: StoredConductReport): ConductReportType {
    return Object.assign(new ConductReportType(), {
      status: report.status,
      findings,
      badges: report.badges.map(BadgeType.from),
      commit: report.commit,
      checkedAt: report.checkedAt,
      truncated: report.truncated,
    });
  }
}
