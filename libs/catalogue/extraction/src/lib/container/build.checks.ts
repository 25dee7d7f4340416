import type { HardeningCheck } from '../catalogue.types';
import { clipText } from '../text/text-limits';
import { linesOf, type DockerfileFacts } from './dockerfile-facts';
import type { DockerInstruction } from './dockerfile.types';
import { isSecretVariableName } from './secret-variable-name';
import { keyValues, shellWords } from './shell-words.lexer';

const MAX_LISTED = 5;
const MAX_NAME_IN_DETAIL = 60;
const REMOTE_SOURCE = /^(?:https?:\/\/|git:\/\/|ssh:\/\/|git@)/i;

/**
 * No ADD of a remote URL or git repository in any stage: what it fetches is not verified and can
 * change between builds. An http(s) ADD with `--checksum=sha256:` is verified and passes.
 */
export function remoteAddCheck(facts: DockerfileFacts): HardeningCheck {
  const name = 'no-remote-add';
  const unverified: number[] = [];
  const verified: number[] = [];
  for (const instruction of everyInstruction(facts)) {
    if (instruction.keyword !== 'ADD') continue;
    const remote = addSources(instruction, facts.dockerfile.escape).filter((source) => REMOTE_SOURCE.test(source));
    if (remote.length === 0) continue;
    const checksum = instruction.flags.some((flag) => flag.name === 'checksum' && flag.value?.startsWith('sha256:'));
    (checksum && remote.every((source) => /^https?:/i.test(source)) ? verified : unverified).push(instruction.line);
  }
  if (unverified.length > 0) {
    return { name, passed: false, detail: `ADD of a remote URL or git repository on ${linesOf(unverified)}; download with a verified checksum (ADD --checksum=sha256:…) or COPY from a build stage` };
  }
  if (verified.length > 0) return { name, passed: true, detail: `remote ADD verified by --checksum on ${linesOf(verified)}` };
  return { name, passed: true, detail: 'no ADD of a remote URL' };
}

/**
 * No ENV or ARG with a secret-like name and a literal, non-empty value: both end up in the image
 * (ENV in its configuration, ARG in its history) for anyone who pulls it. A value that is a
 * variable reference (`$TOKEN`) is passed in, not written down. The value is never repeated.
 */
export function secretsInEnvCheck(facts: DockerfileFacts): HardeningCheck {
  const name = 'no-secrets-in-env';
  const offending: string[] = [];
  for (const instruction of [...facts.dockerfile.globalArgs, ...everyInstruction(facts)]) {
    if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
    for (const { key, value } of keyValues(instruction.text, facts.dockerfile.escape, null)) {
      if (value !== null && value !== '' && !value.startsWith('$') && isSecretVariableName(key)) {
        offending.push(`${instruction.keyword} ${clipText(key, MAX_NAME_IN_DETAIL)} (line ${instruction.line})`);
      }
    }
  }
  if (offending.length === 0) return { name, passed: true, detail: 'no ENV or ARG with a secret-like name holds a literal value' };
  const shown = offending.slice(0, MAX_LISTED).join(', ') + (offending.length > MAX_LISTED ? ` and ${offending.length - MAX_LISTED} more` : '');
  return { name, passed: false, detail: `literal values in ${shown}; pass secrets at run time or with RUN --mount=type=secret (values not shown)` };
}

function* everyInstruction(facts: DockerfileFacts): Generator<DockerInstruction> {
  for (const stage of facts.dockerfile.stages) yield* stage.instructions;
}

/** All arguments but the destination; heredoc markers are inline files, not sources. */
function addSources(instruction: DockerInstruction, escape: string): string[] {
  const words = instruction.exec ?? shellWords(instruction.text, escape, null).map((word) => word.value);
  return words.slice(0, -1).filter((word) => !word.startsWith('<<'));
}
