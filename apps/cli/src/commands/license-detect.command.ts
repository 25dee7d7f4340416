import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DirectoryTreeReader } from '@allmende/git';
import { LicenseScanResult, scanLicenses } from '@allmende/licensing';
import { CliCommand } from './cli-command';
import { directoryArgument, licensePolicyFrom } from './command-inputs';

/**
 * The license check on a directory, without database or server: the same reader limits and
 * the same detector as the worker. Exit 0 when the license may be published (ALLOWED, or
 * NEEDS_REVIEW: a reviewer decides), 1 when it may not (DENIED, UNKNOWN), 2 for usage errors.
 */
export const licenseDetectCommand: CliCommand = {
  path: ['license', 'detect'],
  usage: 'license detect DIR [--json] [--policy FILE]   license check of a directory (exit 1: denied or no license)',
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false }, policy: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const root = directoryArgument(positionals);
    const policy = licensePolicyFrom(values.policy ? resolve(values.policy) : context.config.licensing.policyFile);
    const tree = await new DirectoryTreeReader().read(root, context.config.licensing.scan);
    const result = scanLicenses(tree, policy);
    context.write(values.json ? JSON.stringify(asJson(result)) : asText(result));
    return result.status === 'DENIED' || result.status === 'UNKNOWN' ? 1 : 0;
  },
};

function asJson(result: LicenseScanResult) {
  return {
    expression: result.expression,
    status: result.status,
    files: result.files.map(({ path, spdxId, confidence, method }) => ({ path, spdxId, confidence, method })),
    findings: result.findings,
    outbound: result.outbound,
    reuse: { compliant: result.reuse.compliant, used: result.reuse.used },
    truncated: result.truncated,
  };
}

function asText(result: LicenseScanResult): string {
  const lines = [`License: ${result.expression ?? 'none found'} (${result.status})`];
  if (result.files.length > 0) {
    const width = Math.min(60, Math.max(...result.files.map((file) => file.path.length)));
    lines.push('', 'Files:');
    for (const file of result.files) lines.push(`  ${file.path.padEnd(width)}  ${file.spdxId}  ${file.confidence}%  ${file.method}`);
  }
  if (result.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const finding of result.findings) {
      const where = finding.path ? ` ${finding.path}${finding.line ? `:${finding.line}` : ''}` : '';
      lines.push(`  ${finding.severity.padEnd(7)} ${finding.rule}${where}: ${finding.message}`);
    }
  }
  if (result.outbound.length > 0) lines.push('', `Outbound: ${result.outbound.join('; ')}`);
  if (result.reuse.used) lines.push('', `REUSE: ${result.reuse.compliant ? 'compliant' : 'not compliant'}`);
  if (result.truncated) lines.push('', 'The directory is larger than the scan limits: files beyond them were not checked.');
  return lines.join('\n');
}
