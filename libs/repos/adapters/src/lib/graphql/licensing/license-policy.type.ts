import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LicensePolicy, RuleSeverity } from '@allmende/licensing';

export const RuleSeverityEnum = { ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', OFF: 'OFF' } as const satisfies Record<RuleSeverity, RuleSeverity>;
registerEnumType(RuleSeverityEnum, { name: 'LicenseRuleSeverity' });

export const UnlistedLicenseEnum = { NEEDS_REVIEW: 'NEEDS_REVIEW', DENIED: 'DENIED' } as const satisfies Record<LicensePolicy['unlisted'], string>;
registerEnumType(UnlistedLicenseEnum, { name: 'UnlistedLicenseTreatment' });

@ObjectType('LicenseRule')
export class LicenseRuleType {
  @Field() name: string;
  @Field(() => RuleSeverityEnum) severity: RuleSeverity;
}

@ObjectType('LicensePolicy', { description: 'The license policy every push is judged by.' })
export class LicensePolicyType {
  @Field({ description: 'Every OSI-approved license is allowed unless denied.' }) osiApproved: boolean;
  @Field(() => [String]) allowed: readonly string[];
  @Field(() => [String]) denied: readonly string[];
  @Field(() => [String], { description: 'Allowed whatever the policy file says (EUPL).' }) alwaysAllowed: readonly string[];
  @Field(() => [String], { description: 'Licenses a reviewer must look at even though they are allowed.' }) reviewRequired: readonly string[];
  @Field(() => UnlistedLicenseEnum, { description: 'What happens to a known license that is neither allowed nor denied.' }) unlisted: LicensePolicy['unlisted'];
  @Field(() => [LicenseRuleType]) rules: LicenseRuleType[];

  static from(policy: LicensePolicy): LicensePolicyType {
    return Object.assign(new LicensePolicyType(), {
      osiApproved: policy.osiApproved,
      allowed: policy.allowed,
      denied: policy.denied,
      alwaysAllowed: policy.alwaysAllowed,
      reviewRequired: policy.review,
      unlisted: policy.unlisted,
      rules: Object.entries(policy.rules).map(([name, severity]) => ({ name, severity })),
    });
  }
}
