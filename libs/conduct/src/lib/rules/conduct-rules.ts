import { parse as parseYaml } from 'yaml';
import { CONDUCT_RULE_DEFINITIONS, CONDUCT_RULE_IDS, ConductRuleId, ConductRules } from './conduct-rule-definitions';
import { ConductRulesError } from './conduct-rules.error';
import { readSeverity } from './rule-options';

const TOP_LEVEL_KEYS = ['version', 'rules'];
const RULE_KEYS = ['severity', 'options'];

/**
 * Reads a rules file. A rule or option left out keeps its default; everything written must be
 * right: an unknown rule, key or option, a severity other than ERROR, WARNING, INFO or OFF, or
 * an option of the wrong kind is a ConductRulesError naming the place, so a typo never
 * silently switches a check off.
 */
export function parseConductRules(text: string, source = 'conduct rules'): ConductRules {
  let document: unknown;
  try {
    document = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new ConductRulesError(`${source}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const root = asRecord(document, source);
  rejectUnknownKeys(root, TOP_LEVEL_KEYS, source);
  if (root.version !== 1) throw new ConductRulesError(`${source}: "version" must be 1`);
  const given = asRecord(root.rules ?? {}, `${source}: rules`);
  rejectUnknownKeys(given, CONDUCT_RULE_IDS, `${source}: rules`);

  const rules = {} as Record<ConductRuleId, unknown>;
  for (const id of CONDUCT_RULE_IDS) rules[id] = readRule(id, given[id], `${source}: rules.${id}`);
  return rules as ConductRules;
}

function readRule(id: ConductRuleId, value: unknown, where: string): { severity: unknown; options: Record<string, unknown> } {
  const definition = CONDUCT_RULE_DEFINITIONS[id];
  const optionSpecs = definition.options as Record<string, { default: unknown; read: (value: unknown, where: string) => unknown }>;
  const rule = value === undefined || value === null ? {} : asRecord(value, where, 'with severity and options');
  rejectUnknownKeys(rule, RULE_KEYS, where);
  const severity = rule.severity === undefined ? definition.severity : readSeverity(rule.severity, `${where}.severity`);
  const givenOptions = rule.options === undefined || rule.options === null ? {} : asRecord(rule.options, `${where}.options`);
  const known = Object.keys(optionSpecs);
  if (known.length === 0 && Object.keys(givenOptions).length > 0) throw new ConductRulesError(`${where}.options: this rule has no options`);
  rejectUnknownKeys(givenOptions, known, `${where}.options`);
  const options: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(optionSpecs)) {
    const raw = key in givenOptions ? givenOptions[key] : spec.default;
    options[key] = spec.read(raw, `${where}.options.${key}`);
  }
  return { severity, options };
}

function asRecord(value: unknown, where: string, expected = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConductRulesError(`${where} must be a mapping${expected ? ` ${expected}` : ''}`);
  }
  return value as Record<string, unknown>;
}

function rejectUnknownKeys(record: Record<string, unknown>, known: readonly string[], where: string): void {
  const unknown = Object.keys(record).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new ConductRulesError(`${where}: unknown key "${unknown[0]}" (known: ${known.join(', ')})`);
}
