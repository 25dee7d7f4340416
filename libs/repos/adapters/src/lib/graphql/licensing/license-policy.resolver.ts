import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { LICENSE_POLICY } from '@allmende/checks';
import { Public } from '@allmende/identity-adapters';
import type { LicensePolicy } from '@allmende/licensing';
import { LicensePolicyType } from './license-policy.type';

@Resolver(() => LicensePolicyType)
export class LicensePolicyResolver {
  constructor(@Inject(LICENSE_POLICY) private readonly policy: LicensePolicy) {}

  @Query(() => LicensePolicyType, { description: 'The license policy of this installation; public, so publishers can check before pushing.' })
  @Public()
  licensePolicy(): LicensePolicyType {
    return LicensePolicyType.from(this.policy);
  }
}
