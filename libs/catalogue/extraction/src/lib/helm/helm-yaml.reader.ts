import { LineCounter, parseDocument, type Tags } from 'yaml';
import { exceedsNestingWhileLexing, MAX_ALIASES, MAX_NESTING, shapeProblem } from '@allmende/yaml';

export type YamlRead = { ok: true; value: unknown } | { ok: false; message: string; line: number | null };

/** Helm's own YAML reader turns numbers back into text for its string fields; keeping them as written keeps `version: 1.10` from becoming 1.1. */
const TAGS_READ_AS_TEXT = new Set(['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:timestamp']);

/**
 * Reads a Chart.yaml, values.yaml or requirements.yaml as Helm does (YAML 1.1, so `yes` is true;
 * a repeated key keeps the last value), with numbers and dates kept as text. Hostile input is
 * refused in the order that keeps it cheap: nesting before the parser recurses into it, aliases
 * before anything expands them. Never throws.
 */
export function readHelmYaml(text: string): YamlRead {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (exceedsNestingWhileLexing(source)) return { ok: false, message: `the YAML is nested deeper than ${MAX_NESTING} levels`, line: null };
  const lineCounter = new LineCounter();
  try {
    const document = parseDocument(source, {
      version: '1.1',
      uniqueKeys: false,
      prettyErrors: false,
      lineCounter,
      customTags: (tags: Tags) => tags.filter((tag) => typeof tag === 'string' || !TAGS_READ_AS_TEXT.has(tag.tag)),
    });
    const [error] = document.errors;
    if (error) return { ok: false, message: `invalid YAML: ${error.message.split('\n')[0]}`, line: lineCounter.linePos(error.pos[0]).line };
    const problem = shapeProblem(document);
    if (problem) return { ok: false, message: problem, line: null };
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    return { ok: false, message: `invalid YAML: ${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'}`, line: null };
  }
}
