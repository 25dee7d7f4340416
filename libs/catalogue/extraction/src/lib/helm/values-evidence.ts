import { clipText } from '../text/text-limits';
import type { Evidence, HelmSetting } from './helm-evidence';
import { isFalse, isTrue, listOf, recordOf, textOf, type YamlRecord } from './yaml-fields';

interface KeyPath {
  key: string;
  parent: KeyPath | null;
}

const MAX_KEY_IN_PATH = 60;
const MAX_PATH = 300;
const MAX_VALUE_IN_FOUND = 60;

/**
 * Security contexts, resource limits and probes anywhere in a chart's values: charts nest them per
 * component (`primary.podSecurityContext`), and a parent chart sets its subcharts' values under
 * their names (`postgresql.primary.containerSecurityContext`). Any key ending in `SecurityContext`
 * counts, unless it says `enabled: false` (the convention of the Bitnami charts). The walk uses a
 * stack, not recursion, and builds a key path only for what it reports.
 */
export function valuesEvidence(values: YamlRecord, valuesPath: string): Evidence[] {
  const evidence: Evidence[] = [];
  const stack: { value: unknown; path: KeyPath | null }[] = [{ value: values, path: null }];
  const report: Report = (setting, secure, found, at) => evidence.push({ setting, secure, found, where: `${valuesPath} at ${pathText(at)}` });
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: KeyPath | null };
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [`[${index}]`, item]) : Object.entries(recordOf(value) ?? {});
    const children = entries.map(([key, child]) => ({ value: child, path: { key, parent: path } }));
    for (const child of children) inspect(child.path.key, child.value, child.path, report);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]);
  }
  return evidence;
}

type Report = (setting: HelmSetting, secure: boolean, found: string, at: KeyPath) => void;

function inspect(key: string, value: unknown, at: KeyPath, report: Report): void {
  const record = recordOf(value);
  if (key.toLowerCase().endsWith('securitycontext')) {
    if (record && !isFalse(record['enabled'])) inspectContext(record, at, report);
  } else if (key === 'resources') {
    const limits = recordOf(record?.['limits']);
    if (limits && textOf(limits['cpu']) && textOf(limits['memory'])) report('resourceLimits', true, 'resources.limits with cpu and memory', { key: 'limits', parent: at });
  } else if (key === 'resourcesPreset') {
    const preset = textOf(value);
    if (preset && preset.toLowerCase() !== 'none') report('resourceLimits', true, `resourcesPreset: ${clipText(preset, MAX_VALUE_IN_FOUND)}`, at);
  } else if ((key === 'livenessProbe' || key === 'readinessProbe') && record && Object.keys(record).length > 0) {
    if (isFalse(record['enabled'])) report(key, false, `${key} enabled: false`, at);
    else report(key, true, key, at);
  }
}

function inspectContext(context: YamlRecord, at: KeyPath, report: Report): void {
  const field = (key: string) => ({ key, parent: at });
  const flag = (key: string, setting: HelmSetting, safe: boolean) => {
    const value = context[key];
    if (isTrue(value) || isFalse(value)) report(setting, isTrue(value) === safe, `${key}: ${isTrue(value)}`, field(key));
  };
  flag('runAsNonRoot', 'runAsNonRoot', true);
  if (textOf(context['runAsUser']) === '0') report('runAsNonRoot', false, 'runAsUser: 0', field('runAsUser'));
  flag('readOnlyRootFilesystem', 'readOnlyRootFilesystem', true);
  flag('allowPrivilegeEscalation', 'allowPrivilegeEscalation', false);
  if (isTrue(context['privileged'])) report('allowPrivilegeEscalation', false, 'privileged: true', field('privileged'));
  const drop = listOf(recordOf(context['capabilities'])?.['drop']);
  if (drop.some((capability) => textOf(capability)?.toUpperCase() === 'ALL')) report('dropAllCapabilities', true, 'capabilities.drop: [ALL]', field('capabilities'));
  const seccomp = textOf(recordOf(context['seccompProfile'])?.['type']);
  if (seccomp) report('seccompProfile', seccomp === 'RuntimeDefault' || seccomp === 'Localhost', `seccompProfile.type: ${clipText(seccomp, MAX_VALUE_IN_FOUND)}`, field('seccompProfile'));
}

function pathText(path: KeyPath): string {
  const keys: string[] = [];
  for (let current: KeyPath | null = path; current; current = current.parent) keys.push(clipText(current.key, MAX_KEY_IN_PATH));
  const joined = keys.reverse().reduce((text, key) => (key.startsWith('[') || text === '' ? text + key : `${text}.${key}`), '');
  return clipText(joined, MAX_PATH);
}
