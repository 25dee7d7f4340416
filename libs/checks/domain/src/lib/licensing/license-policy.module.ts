import { DynamicModule, Global, Module } from '@nestjs/common';
import type { LicensePolicy } from '@allmende/licensing';
import { LICENSE_POLICY } from './license-policy.loader';

/** Provides the policy read at start-up to the check worker and the GraphQL API. */
@Global()
@Module({})
export class LicensePolicyModule {
  static forRoot(policy: LicensePolicy): DynamicModule {
    return { module: LicensePolicyModule, providers: [{ provide: LICENSE_POLICY, useValue: policy }], exports: [LICENSE_POLICY] };
  }
}
