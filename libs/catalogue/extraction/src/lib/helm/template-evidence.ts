import type { Evidence, HelmSetting } from './helm-evidence';

/** How far below a `limits:` or `drop:` line its entries are looked for. */
const LOOKAHEAD_LINES = 8;

/**
 * Settings written literally into a chart's templates. Templates are Go templates that only
 * become YAML once rendered, so they are read as text, line by line: `runAsNonRoot: true`,
 * `drop: [ALL]` or `drop:` over `- ALL`, `type: RuntimeDefault`, `livenessProbe:`, `limits:`
 * over `cpu:` and `memory:`. A setting inserted from values (`{{ toYaml .Values.securityContext }}`)
 * is found in values.yaml instead. Each line is looked at a bounded number of times.
 */
export function templateEvidence(path: string, content: string): Evidence[] {
  const lines = content.split('\n');
  const evidence: Evidence[] = [];
  const report = (setting: HelmSetting, secure: boolean, found: string, index: number) => evidence.push({ setting, secure, found, where: `${path} line ${index + 1}` });
  for (let index = 0; index < lines.length; index += 1) {
    const entry = entryOf(lines[index]);
    if (!entry) continue;
    const value = entry.value.toLowerCase();
    switch (entry.key) {
      case 'runAsNonRoot':
      case 'readOnlyRootFilesystem':
        if (value === 'true' || value === 'false') report(entry.key, value === 'true', `${entry.key}: ${value}`, index);
        break;
      case 'allowPrivilegeEscalation':
        if (value === 'true' || value === 'false') report(entry.key, value === 'false', `${entry.key}: ${value}`, index);
        break;
      case 'privileged':
        if (value === 'true') report('allowPrivilegeEscalation', false, 'privileged: true', index);
        break;
      case 'drop':
        if (dropsAll(value, lines, index)) report('dropAllCapabilities', true, 'capabilities.drop: [ALL]', index);
        break;
      case 'type':
        if (value === 'runtimedefault' || value === 'localhost') report('seccompProfile', true, `seccompProfile.type: ${entry.value}`, index);
        else if (value === 'unconfined' && entryOf(lines[index - 1] ?? '')?.key === 'seccompProfile') report('seccompProfile', false, 'seccompProfile.type: Unconfined', index);
        break;
      case 'livenessProbe':
      case 'readinessProbe':
        report(entry.key, true, entry.key, index);
        break;
      case 'limits':
        if (value === '' && limitsCpuAndMemory(lines, index)) report('resourceLimits', true, 'resources.limits with cpu and memory', index);
        break;
    }
  }
  return evidence;
}

/** `key: value` of a YAML-looking line (a leading `- ` allowed), the value without quotes and trailing comment. */
function entryOf(line: string): { key: string; value: string; indent: number } | null {
  const text = line.trimStart();
  const indent = line.length - text.length;
  const item = text.startsWith('- ') ? text.slice(2).trimStart() : text;
  const colon = item.indexOf(':');
  if (colon <= 0 || item.startsWith('#') || item.startsWith('{{')) return null;
  const key = item.slice(0, colon).trim();
  let value = item.slice(colon + 1);
  const comment = value.indexOf(' #');
  if (comment >= 0) value = value.slice(0, comment);
  value = value.trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) value = value.slice(1, -1);
  return { key, value, indent };
}

function dropsAll(value: string, lines: readonly string[], index: number): boolean {
  if (value !== '') return value.startsWith('[') && value.replace(/["'\s[\]]/g, '').split(',').includes('all');
  const indent = lines[index].length - lines[index].trimStart().length;
  for (let next = index + 1; next < lines.length && next <= index + LOOKAHEAD_LINES; next += 1) {
    const text = lines[next].trimStart();
    if (text === '') continue;
    if (lines[next].length - text.length < indent || !text.startsWith('-')) return false;
    if (text.slice(1).trim().replace(/["']/g, '').toUpperCase() === 'ALL') return true;
  }
  return false;
}

function limitsCpuAndMemory(lines: readonly string[], index: number): boolean {
  const indent = lines[index].length - lines[index].trimStart().length;
  const keys = new Set<string>();
  for (let next = index + 1; next < lines.length && next <= index + LOOKAHEAD_LINES; next += 1) {
    const entry = entryOf(lines[next]);
    if (!entry) continue;
    if (entry.indent <= indent) break;
    keys.add(entry.key);
  }
  return keys.has('cpu') && keys.has('memory');
}
