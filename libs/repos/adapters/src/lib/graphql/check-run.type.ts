import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CheckKind, CheckRunEntity, CheckStatus, Finding } from '@allmende/checks';

export const CheckKindEnum = { LICENSE: 'LICENSE', CONDUCT: 'CONDUCT', CATALOGUE: 'CATALOGUE' } as const satisfies Record<CheckKind, CheckKind>;
export const CheckStatusEnum = {
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  PASSED: 'PASSED',
  FAILED: 'FAILED',
  NEEDS_REVIEW: 'NEEDS_REVIEW',
  ERROR: 'ERROR',
} as const satisfies Record<CheckStatus, CheckStatus>;
export const SeverityEnum = { ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO' } as const;
registerEnumType(CheckKindEnum, { name: 'CheckKind' });
registerEnumType(CheckStatusEnum, { name: 'CheckStatus' });
registerEnumType(SeverityEnum, { name: 'Severity' });

@ObjectType('Finding')
export class FindingType {
  @Field() rule: string;
  @Field(() => SeverityEnum) severity: Finding['severity'];
  @Field(() => String, { nullable: true }) path: string | null;
  @Field(() => Int, { nullable: true }) line: number | null;
  @Field() message: string;
}

@ObjectType('CheckRun')
export class CheckRunType {
  @Field(() => ID) id: string;
  @Field(() => CheckKindEnum) kind: CheckKind;
  @Field(() => CheckStatusEnum) status: CheckStatus;
  @Field() commit: string;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => [FindingType]) findings: Finding[];

  static from(run: CheckRunEntity): CheckRunType {
    return Object.assign(new CheckRunType(), {
      id: run.id,
      kind: run.kind,
      status: run.status,
      commit: run.commit,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      summary: run.summary,
      findings: run.findings,
    });
  }
}
