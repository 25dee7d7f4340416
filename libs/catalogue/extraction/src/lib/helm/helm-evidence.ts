/** The settings the chart hardening checks look for, in values.yaml and in templates. */
export type HelmSetting =
  | 'runAsNonRoot'
  | 'readOnlyRootFilesystem'
  | 'allowPrivilegeEscalation'
  | 'dropAllCapabilities'
  | 'seccompProfile'
  | 'resourceLimits'
  | 'livenessProbe'
  | 'readinessProbe';

/** One place that sets a setting, safely or not. */
export interface Evidence {
  setting: HelmSetting;
  secure: boolean;
  /** What is written there, e.g. `runAsNonRoot: false`. */
  found: string;
  /** `charts/app/values.yaml at primary.podSecurityContext.runAsNonRoot` or `charts/app/templates/deployment.yaml line 34`. */
  where: string;
}
