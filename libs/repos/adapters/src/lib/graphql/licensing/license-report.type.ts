import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Finding, LicenseReportFileEntity, StoredLicenseReport } from '@allmende/checks';
import type { LicenseMethod, LicenseStatus } from '@allmende/licensing';
import { FindingType } from '../check-run.type';

export const LicenseStatusEnum = { ALLOWED: 'ALLOWED', DENIED: 'DENIED', UNKNOWN: 'UNKNOWN', NEEDS_REVIEW: 'NEEDS_REVIEW' } as const satisfies Record<
  LicenseStatus,
  LicenseStatus
>;
export const LicenseMethodEnum = {
  EXACT: 'EXACT',
  DICE: 'DICE',
  NOTICE: 'NOTICE',
  SPDX_TAG: 'SPDX_TAG',
  REUSE: 'REUSE',
  MANIFEST: 'MANIFEST',
  PUBLICCODE: 'PUBLICCODE',
} as const satisfies Record<LicenseMethod, LicenseMethod>;
registerEnumType(LicenseStatusEnum, { name: 'LicenseStatus' });
registerEnumType(LicenseMethodEnum, {
  name: 'LicenseMethod',
  valuesMap: {
    EXACT: { description: 'A license text matching a known text exactly (after normalisation).' },
    DICE: { description: 'A license text similar to a known text; confidence is the similarity.' },
    NOTICE: { description: 'A license notice naming the license ("Licensed under the Apache License, Version 2.0"), in a file header or a README.' },
    SPDX_TAG: { description: 'An SPDX-License-Identifier line in a file.' },
    REUSE: { description: 'REUSE information outside the file: its .license sidecar, REUSE.toml or .reuse/dep5.' },
    MANIFEST: { description: 'A package manifest (package.json, pom.xml, Cargo.toml...).' },
    PUBLICCODE: { description: 'publiccode.yml legal.license.' },
  },
});

@ObjectType('LicenseFile')
export class LicenseFileType {
  @Field() path: string;
  @Field({ description: 'SPDX id or expression; LicenseRef-unknown for a license text that matched nothing.' }) spdxId: string;
  @Field(() => Float, { description: '0 to 100.' }) confidence: number;
  @Field(() => LicenseMethodEnum) method: LicenseMethod;
  @Field(() => Int, { nullable: true }) line: number | null;

  static from(file: LicenseReportFileEntity): LicenseFileType {
    return Object.assign(new LicenseFileType(), { path: file.path, spdxId: file.spdxId, confidence: file.confidence, method: file.method, line: file.line });
  }
}

@ObjectType('ReuseSummary')
export class ReuseSummaryType {
  @Field({ description: 'Every covered file has copyright and license information (REUSE 3.x).' }) compliant: boolean;
  @Field({ description: 'The repository uses REUSE at all (LICENSES/, REUSE.toml, dep5 or SPDX tags).' }) used: boolean;
}

@ObjectType('LicenseReport')
export class LicenseReportType {
  @Field(() => String, { nullable: true, description: 'SPDX expression of the repository as a whole; null when none was found.' })
  expression: string | null;
  @Field(() => LicenseStatusEnum, { description: 'The verdict under the platform license policy.' }) status: LicenseStatus;
  @Field(() => [String], { description: 'Hints on which licenses the combination can be distributed under.' }) outbound: string[];
  @Field(() => [LicenseFileType]) files: LicenseFileType[];
  @Field(() => [FindingType]) findings: Finding[];
  @Field() commit: string;
  @Field() checkedAt: Date;
  @Field(() => ReuseSummaryType) reuse: ReuseSummaryType;
  @Field({ description: 'The scan stopped at a size limit; files beyond it were not examined.' }) truncated: boolean;

  static from({ report, files, findings }: StoredLicenseReport): LicenseReportType {
    return Object.assign(new LicenseReportType(), {
      expression: report.expression,
      status: report.status,
      outbound: report.outbound,
      files: files.map(LicenseFileType.from),
      findings,
      commit: report.commit,
      checkedAt: report.checkedAt,
      reuse: { compliant: report.reuse.compliant, used: report.reuse.used },
      truncated: report.truncated,
    });
  }
}
