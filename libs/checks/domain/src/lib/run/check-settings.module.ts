import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AllmendeConfig } from '@allmende/config';
import { ConductRules, readConductRulesFile } from '@allmende/conduct';
import type { LicensePolicy } from '@allmende/licensing';
import { LICENSE_POLICY, readLicensePolicyFile } from '../licensing/license-policy.loader';

/** The code of conduct's rules the platform judges by; read once at start-up. */
export const CONDUCT_RULES = Symbol('CONDUCT_RULES');

/** What the operator configures the checks with: read and validated once, before anything starts. */
export interface CheckSettings {
  licensePolicy: LicensePolicy;
  conductRules: ConductRules;
}

/** Throws LicensePolicyError or ConductRulesError, each one line naming the file and the problem. */
export function readCheckSettings(config: Pick<AllmendeConfig, 'licensing' | 'conduct'>): CheckSettings {
  return { licensePolicy: readLicensePolicyFile(config.licensing.policyFile), conductRules: readConductRulesFile(config.conduct.rulesFile) };
}

/** Provides the settings read at start-up to the check workers and the GraphQL API. */
@Global()
@Module({})
export class CheckSettingsModule {
  static forRoot(settings: CheckSettings): DynamicModule {
    return {
      module: CheckSettingsModule,
      providers: [
        { provide: LICENSE_POLICY, useValue: settings.licensePolicy },
        { provide: CONDUCT_RULES, useValue: settings.conductRules },
      ],
      exports: [LICENSE_POLICY, CONDUCT_RULES],
    };
  }
}
