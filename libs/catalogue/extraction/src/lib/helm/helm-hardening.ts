import type { Hardening, HardeningCheck } from '../catalogue.types';
import { hardeningOf } from '../hardening';
import type { Evidence, HelmSetting } from './helm-evidence';

interface HelmCheck {
  name: string;
  setting: HelmSetting;
  /** The safe value, as a fix would write it. */
  safe: string;
  /** Where a chart that does not set it should. */
  add: string;
}

const CHECKS: readonly HelmCheck[] = [
  { name: 'run-as-non-root', setting: 'runAsNonRoot', safe: 'runAsNonRoot: true', add: 'add runAsNonRoot: true to the pod or container securityContext' },
  { name: 'no-privilege-escalation', setting: 'allowPrivilegeEscalation', safe: 'allowPrivilegeEscalation: false', add: 'add allowPrivilegeEscalation: false to the container securityContext' },
  { name: 'drop-all-capabilities', setting: 'dropAllCapabilities', safe: 'capabilities.drop: [ALL]', add: 'add capabilities: {drop: [ALL]} to the container securityContext' },
  { name: 'read-only-root-filesystem', setting: 'readOnlyRootFilesystem', safe: 'readOnlyRootFilesystem: true', add: 'add readOnlyRootFilesystem: true to the container securityContext' },
  { name: 'seccomp-runtime-default', setting: 'seccompProfile', safe: 'seccompProfile.type: RuntimeDefault', add: 'add seccompProfile: {type: RuntimeDefault} to the pod securityContext' },
  { name: 'resource-limits', setting: 'resourceLimits', safe: 'resources.limits with cpu and memory', add: 'add resources.limits with cpu and memory' },
  { name: 'liveness-probe', setting: 'livenessProbe', safe: 'enabled: true', add: 'add a livenessProbe' },
  { name: 'readiness-probe', setting: 'readinessProbe', safe: 'enabled: true', add: 'add a readinessProbe' },
];

/**
 * Weights (14 in all): 3 for run-as-non-root and 2 for each other part of the Kubernetes Pod
 * Security Standards' restricted profile (no privilege escalation, all capabilities dropped,
 * seccomp RuntimeDefault) and for a read-only root filesystem: together they bound what a
 * compromised container can do. 1 each for resource limits and the two probes, which keep one
 * workload from starving others and a hung one from serving, but confine nothing.
 */
export const HELM_WEIGHTS: Readonly<Record<string, number>> = {
  'run-as-non-root': 3,
  'no-privilege-escalation': 2,
  'drop-all-capabilities': 2,
  'read-only-root-filesystem': 2,
  'seccomp-runtime-default': 2,
  'resource-limits': 1,
  'liveness-probe': 1,
  'readiness-probe': 1,
};

/**
 * A setting passes when at least one place sets it safely and none unsafely: charts split the
 * pod and container contexts (a container inherits runAsNonRoot from the pod) and configure
 * optional sidecars sparsely, so demanding it in every block would fail well-hardened charts,
 * while one component that turns it off is what an attacker needs.
 */
export function helmHardening(evidence: readonly Evidence[], searched: string): Hardening {
  return hardeningOf(
    CHECKS.map((check) => judged(check, evidence.filter((item) => item.setting === check.setting), searched)),
    HELM_WEIGHTS,
  );
}

/** Every check failed with the reason: a chart whose values cannot be read cannot be judged (nor installed). */
export function helmHardeningNotChecked(reason: string): Hardening {
  return hardeningOf(
    CHECKS.map((check) => ({ name: check.name, passed: false, detail: `not checked: ${reason}` })),
    HELM_WEIGHTS,
  );
}

/** `searched` names the files a missing setting was looked for in, e.g. `chart/values.yaml or chart/templates/`. */
function judged(check: HelmCheck, evidence: readonly Evidence[], searched: string): HardeningCheck {
  const unsafe = evidence.filter((item) => !item.secure);
  const safe = evidence.filter((item) => item.secure);
  if (unsafe.length > 0) return { name: check.name, passed: false, detail: `${placeOf(unsafe)}; set ${check.safe} there` };
  if (safe.length > 0) return { name: check.name, passed: true, detail: placeOf(safe) };
  return { name: check.name, passed: false, detail: `not set in ${searched}; ${check.add}` };
}

function placeOf(evidence: readonly Evidence[]): string {
  const [first] = evidence;
  return `${first.found} in ${first.where}${evidence.length > 1 ? ` and ${evidence.length - 1} more ${evidence.length === 2 ? 'place' : 'places'}` : ''}`;
}
