import type { HardeningCheck } from '../catalogue.types';
import { linesOf, type DockerfileFacts } from './dockerfile-facts';
import type { DockerInstruction } from './dockerfile.types';
import { programOf, simpleCommands } from './shell-commands.lexer';

type Manager = 'apt' | 'apk' | 'rpm' | 'zypper' | 'pip';

const REMEDY: Record<Manager, string> = {
  apt: 'apt-get install without removing /var/lib/apt/lists in the same RUN',
  apk: 'apk add without --no-cache',
  rpm: 'dnf/yum install without "clean all" in the same RUN',
  zypper: 'zypper install without "zypper clean" in the same RUN',
  pip: 'pip install without --no-cache-dir',
};

/** Cache directories that, as a BuildKit cache mount (`RUN --mount=type=cache,target=...`), keep a manager's cache out of the image. */
const CACHE_MOUNTS: readonly [Manager, string][] = [
  ['apt', '/var/lib/apt'],
  ['apt', '/var/cache/apt'],
  ['apk', '/var/cache/apk'],
  ['rpm', '/var/cache/dnf'],
  ['rpm', '/var/cache/yum'],
  ['zypper', '/var/cache/zypp'],
  ['pip', '.cache/pip'],
];

/** Paths whose removal (`rm -rf ...`) cleans a manager's cache. */
const CACHE_PATHS: readonly [Manager, string][] = [
  ['apt', '/var/lib/apt/lists'],
  ['apk', '/var/cache/apk'],
  ['rpm', '/var/cache/dnf'],
  ['rpm', '/var/cache/yum'],
  ['zypper', '/var/cache/zypp'],
  ['pip', '.cache/pip'],
];

interface RunPackages {
  installs: Set<Manager>;
  cleans: Set<Manager>;
  /** apt-get with --no-install-recommends and apt-get clean: the cleanup the Debian images document. */
  aptLean: { noRecommends: boolean; clean: boolean };
}

/**
 * Package caches are cleaned in the same RUN that fills them, in the stages the final image is
 * made of: a later RUN only hides the files, the layer keeps them, and builder stages' caches
 * never reach the final image. Only judged when those stages install packages.
 */
export function packageCacheCheck(facts: DockerfileFacts): HardeningCheck {
  const name = 'package-cache-cleaned';
  const pipCacheOff = (facts.config.env.get('PIP_NO_CACHE_DIR') ?? '') !== '';
  const failures: string[] = [];
  const installing: number[] = [];
  for (const stage of facts.chain) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const packages = packagesOf(instruction);
      if (packages.installs.size === 0) continue;
      installing.push(instruction.line);
      if (pipCacheOff) packages.cleans.add('pip');
      if (packages.aptLean.noRecommends && packages.aptLean.clean) packages.cleans.add('apt');
      for (const manager of packages.installs) if (!packages.cleans.has(manager)) failures.push(`line ${instruction.line}: ${REMEDY[manager]}`);
    }
  }
  if (installing.length === 0) return { name, passed: true, detail: 'installs no packages' };
  if (failures.length > 0) return { name, passed: false, detail: `package caches stay in the image: ${failures.slice(0, 5).join('; ')}` };
  return { name, passed: true, detail: `package caches are cleaned where packages are installed (${linesOf(installing)})` };
}

function packagesOf(instruction: DockerInstruction): RunPackages {
  const packages: RunPackages = { installs: new Set(), cleans: new Set(), aptLean: { noRecommends: false, clean: false } };
  for (const flag of instruction.flags) {
    if (flag.name !== 'mount' || !flag.value?.includes('type=cache')) continue;
    for (const [manager, path] of CACHE_MOUNTS) if (flag.value.includes(path)) packages.cleans.add(manager);
  }
  const script = [instruction.exec ? instruction.exec.join(' ') : instruction.text, ...instruction.heredocs.map((heredoc) => heredoc.body)].join('\n');
  for (const words of simpleCommands(script)) {
    const command = programOf(words);
    if (command) readCommand(command.program, command.args, packages);
  }
  return packages;
}

function readCommand(program: string, args: readonly string[], packages: RunPackages): void {
  const has = (word: string) => args.includes(word);
  if (program === 'apt-get' || program === 'apt') {
    if (has('install')) packages.installs.add('apt');
    if (has('--no-install-recommends')) packages.aptLean.noRecommends = true;
    if (has('clean')) packages.aptLean.clean = true;
  } else if (program === 'apk') {
    if (has('add')) packages.installs.add('apk');
    if (has('--no-cache')) packages.cleans.add('apk');
  } else if (program === 'dnf' || program === 'yum' || program === 'microdnf' || program === 'tdnf') {
    if (has('install')) packages.installs.add('rpm');
    if (has('clean') && has('all')) packages.cleans.add('rpm');
  } else if (program === 'zypper') {
    if (has('install') || has('in')) packages.installs.add('zypper');
    if (has('clean') || has('cc')) packages.cleans.add('zypper');
  } else if (/^pip[0-9.]*$/.test(program) || (/^python[0-9.]*$/.test(program) && args[0] === '-m' && args[1] === 'pip')) {
    if (has('install')) packages.installs.add('pip');
    if (has('--no-cache-dir') || (has('cache') && has('purge'))) packages.cleans.add('pip');
  } else if (program === 'rm') {
    for (const [manager, path] of CACHE_PATHS) if (args.some((arg) => arg.includes(path))) packages.cleans.add(manager);
  }
}
