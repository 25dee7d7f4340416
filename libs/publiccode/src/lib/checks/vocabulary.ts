/** The publiccode.yml standard's category list (docs/standard/categories-list.rst). */
export const CATEGORIES: ReadonlySet<string> = new Set(
  `accounting agile-project-management applicant-tracking application-development appointment-scheduling backup
  billing-and-invoicing blog budgeting business-intelligence business-process-management cad call-center-management
  cloud-management collaboration communications compliance-management contact-management content-management crm
  customer-service-and-support data-analytics data-collection data-visualization design design-system
  digital-asset-management digital-citizenship document-management donor-management e-commerce e-signature
  educational-content email-management email-marketing employee-management enterprise-project-management
  enterprise-social-networking erp event-management facility-management feedback-and-reviews-management
  financial-reporting fleet-management fundraising gamification geographic-information-systems grant-management
  graphic-design help-desk hr ide identity-management instant-messaging integrated-library-system inventory-management
  it-asset-management it-development it-management it-security it-service-management knowledge-management
  learning-management-system marketing mind-mapping mobile-marketing mobile-payment network-management office
  online-booking online-community other payment-gateway payroll predictive-analysis procurement productivity-suite
  project-collaboration project-management property-management real-estate-management regulations-and-directives
  remote-support resource-management sales-management seo service-desk social-media-management survey
  talent-management task-management taxes-management test-management time-management time-tracking translation
  video-conferencing video-editing visitor-management voip warehouse-management web-collaboration web-conferencing
  whistleblowing website-builder workflow-management`.split(/\s+/),
);

/** The standard's scope list (docs/standard/scope-list.rst). */
export const SCOPES: ReadonlySet<string> = new Set(
  `agriculture culture defence education emergency-services employment energy environment
  finance-and-economic-development foreign-affairs government healthcare infrastructures justice local-authorities
  manufacturing research science-and-technology security society sport tourism transportation welfare`.split(/\s+/),
);

export const DEVELOPMENT_STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'] as const;
export const SOFTWARE_TYPES = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
] as const;
export const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'] as const;
export const COUNTRY_EXTENSION_VERSIONS = ['0.2', '1.0'] as const;

/** RFC 2045 type/subtype, as media-typer reads it. */
export function isMimeType(value: string): boolean {
  return /^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})\/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$/.test(value);
}
