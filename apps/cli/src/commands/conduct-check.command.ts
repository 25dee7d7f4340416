import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkConduct, ConductCheckers, conductDependencies, ConductResult, ConductRules, ConductRulesError, readConductRulesFile } from '@allmende/conduct';
import { CliCommand, UsageError } from './cli-command';
import { directoryArgument, licensePolicyFrom, readDirectoryTree } from './command-inputs';

/**
 * The code-of-conduct check on a directory, without database or server: the reader limits and
 * the rules the worker uses. Exit 0 when the repository may be published (PASSED, or
 * NEEDS_REVIEW: a reviewer decides), 1 when it may not (FAILED), 2 for usage and I/O errors.
 * The publiccode.yml validator and the secret scanner are handed in by whoever registers it.
 */
export function conductCheckCommand(checkers: ConductCheckers): CliCommand {
  return {
    path: ['conduct', 'check'],
    usage: 'conduct check DIR [--json] [--rules FILE] [--policy FILE]   code-of-conduct check of a directory (exit 1: failed)',
    async run(args, context) {
      const { values, positionals } = parseArgs({
        args,
        options: { json: { type: 'boolean', default: false }, rules: { type: 'string' }, policy: { type: 'string' } },
        allowPositionals: true,
        strict: true,
      });
      const root = directoryArgument(positionals);
      const rules = rulesFrom(values.rules ? resolve(values.rules) : context.config.conduct.rulesFile);
      const policy = licensePolicyFrom(values.policy ? resolve(values.policy) : context.config.licensing.policyFile);
      const tree = await readDirectoryTree(root, context.config.licensing.scan);
      const result = checkConduct(tree, rules, conductDependencies(policy, checkers));
      context.write(values.json ? JSON.stringify({ status: result.status, findings: result.findings }) : asText(result));
      return result.status === 'FAILED' ? 1 : 0;
    },
  };
}

function rulesFrom(file: string): ConductRules {
  try {
    return readConductRulesFile(file);
  } catch (error) {
    if (error instanceof ConductRulesError) throw new UsageError(`invalid conduct rules: ${error.message}`);
    throw error;
  }
}

function asText(result: ConductResult): string {
  const lines = [`Code of conduct: ${result.status}`];
  if (result.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const finding of result.findings) {
      const where = finding.path ? ` ${finding.path}${finding.line ? `:${finding.line}` : ''}` : '';
      lines.push(`  ${finding.severity.padEnd(7)} ${finding.rule}${where}: ${finding.message}`);
    }
  }
  return lines.join('\n');
}
