import { ManifestError } from '../component-extractor';
import { lexDockerfile, type LogicalLine } from './dockerfile.lexer';
import type { DockerFlag, Dockerfile, DockerInstruction, DockerStage } from './dockerfile.types';
import { keyValues, shellWords } from './shell-words.lexer';
import type { VariableScope } from './variable.substitution';

const INSTRUCTIONS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL',
  'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
/** Instructions whose leading `--name=value` words are flags; elsewhere (CMD, ENTRYPOINT) they belong to the command. */
const WITH_FLAGS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const MAX_KEYWORD_IN_MESSAGE = 20;

/**
 * Parses a Dockerfile into its stages. Throws ManifestError, with the line, for what BuildKit
 * refuses too: no FROM, an instruction other than ARG before the first FROM, an unknown
 * instruction, a malformed FROM, an unclosed heredoc, a bad escape directive.
 */
export function parseDockerfile(content: string): Dockerfile {
  const lexed = lexDockerfile(content);
  const globalArgs: DockerInstruction[] = [];
  const globalScope = new Map<string, string | null>();
  const stages: DockerStage[] = [];
  const stageIndex = new Map<string, number>();
  for (const line of lexed.lines) {
    const instruction = instructionOf(line, lexed.escape);
    const current = stages[stages.length - 1];
    if (instruction.keyword === 'FROM') {
      const stage = stageOf(instruction, stages.length, stageIndex, globalScope, lexed.escape);
      stages.push(stage);
      if (stage.name !== null && !stageIndex.has(stage.name)) stageIndex.set(stage.name, stage.index);
    } else if (current) current.instructions.push(instruction);
    else if (instruction.keyword === 'ARG') {
      globalArgs.push(instruction);
      for (const { key, value } of keyValues(instruction.text, lexed.escape, globalScope)) globalScope.set(key, value);
    } else throw new ManifestError(`${instruction.keyword} before the first FROM; only ARG may come before it`, instruction.line);
  }
  if (stages.length === 0) throw new ManifestError('no FROM instruction: a Dockerfile starts its first stage with FROM', null);
  return { escape: lexed.escape, directives: lexed.directives, globalArgs, globalScope, stages };
}

function instructionOf(line: LogicalLine, escape: string): DockerInstruction {
  const keywordEnd = wordEnd(line.text, 0);
  const word = line.text.slice(0, keywordEnd);
  const keyword = word.toUpperCase();
  if (!INSTRUCTIONS.has(keyword)) throw new ManifestError(unknownInstruction(word), line.line);
  let rest = line.text.slice(keywordEnd).trimStart();
  const flags: DockerFlag[] = [];
  if (WITH_FLAGS.has(keyword)) {
    while (rest.startsWith('--')) {
      const end = wordEnd(rest, 0);
      const flag = shellWords(rest.slice(2, end), escape, null)[0]?.value ?? '';
      const equals = flag.indexOf('=');
      flags.push(equals < 0 ? { name: flag, value: null } : { name: flag.slice(0, equals), value: flag.slice(equals + 1) });
      rest = rest.slice(end).trimStart();
    }
  }
  return { keyword, line: line.line, endLine: line.endLine, flags, text: rest, exec: execForm(rest), heredocs: line.heredocs };
}

function stageOf(instruction: DockerInstruction, index: number, earlier: ReadonlyMap<string, number>, scope: VariableScope, escape: string): DockerStage {
  const words = shellWords(instruction.text, escape, scope);
  const named = words.length === 3 && words[1].value.toLowerCase() === 'as';
  if (words.length === 0 || words[0].value === '' || (words.length !== 1 && !named)) {
    throw new ManifestError('FROM takes an image and an optional "AS name"', instruction.line);
  }
  const image = words[0].value;
  const parent = words[0].unresolved.length === 0 ? (earlier.get(image.toLowerCase()) ?? null) : null;
  const platformFlag = instruction.flags.find((flag) => flag.name === 'platform');
  const platform = platformFlag?.value ? (shellWords(platformFlag.value, escape, scope)[0]?.value ?? null) : null;
  return {
    index,
    name: named ? words[2].value.toLowerCase() : null,
    line: instruction.line,
    image,
    unresolved: words[0].unresolved,
    platform,
    parent,
    instructions: [],
  };
}

/** The JSON array form (`["a", "b"]`); anything else, invalid JSON included, is shell form as BuildKit reads it. */
function execForm(text: string): string[] | null {
  if (!text.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

function wordEnd(text: string, from: number): number {
  let index = from;
  while (index < text.length && text[index] !== ' ' && text[index] !== '\t') index += 1;
  return index;
}

/**
 * Names the word only when it looks like a misspelt keyword: a line that lost its continuation
 * (`DB_PASSWORD=...` after an ENV without its `\`) must not be echoed into a finding.
 */
function unknownInstruction(word: string): string {
  return word.length <= MAX_KEYWORD_IN_MESSAGE && /^[A-Za-z]+$/.test(word)
    ? `unknown instruction "${word}"`
    : 'a line that is not an instruction (is a line continuation missing above it?)';
}
