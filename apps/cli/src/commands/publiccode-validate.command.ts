import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createFetchUrlChecker,
  directoryFiles,
  validatePubliccode,
  validatePubliccodeOnline,
  type PubliccodeResult,
  type PubliccodeValidation,
} from '@allmende/publiccode';
import { CliCommand, UsageError } from './cli-command';

/** The validator refuses more than 1 MiB anyway; one byte more is enough for it to say so. */
const READ_LIMIT = 1024 * 1024 + 1;

interface FileReport {
  file: string;
  valid: boolean;
  results: PubliccodeResult[];
}

/**
 * publiccode.yml validation without server or database. Offline unless --network; relative
 * logo and screenshot paths are looked up beside each file. Exit 0 when every file is valid
 * (warnings allowed), 1 otherwise, also when a file cannot be read; the other files are still
 * validated.
 */
export const publiccodeValidateCommand: CliCommand = {
  path: ['publiccode', 'validate'],
  usage: 'publiccode validate FILE... [--json] [--network]   validate publiccode.yml files (exit 1: a file is invalid)',
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false }, network: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError('FILE is required');
    const checker = values.network ? createFetchUrlChecker() : null;
    let allValid = true;
    for (const file of positionals) {
      const report = await validateFile(file, checker);
      allValid &&= report.valid;
      context.write(values.json ? JSON.stringify(report) : asText(report));
    }
    return allValid ? 0 : 1;
  },
};

async function validateFile(file: string, checker: ReturnType<typeof createFetchUrlChecker> | null): Promise<FileReport> {
  const path = resolve(file);
  const bytes = readHead(path);
  if (typeof bytes === 'string') {
    return { file, valid: false, results: [{ type: 'error', key: '', line: 0, column: 0, description: `cannot read ${file}: ${bytes}` }] };
  }
  const options = { files: directoryFiles(dirname(path)) };
  const validation: PubliccodeValidation = checker ? await validatePubliccodeOnline(bytes, checker, options) : validatePubliccode(bytes, options);
  return { file, valid: validation.valid, results: validation.results };
}

/** The file's first READ_LIMIT bytes, or why it cannot be read. */
function readHead(path: string): Uint8Array | string {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    if (fstatSync(descriptor).isDirectory()) return 'is a directory';
    const buffer = Buffer.alloc(READ_LIMIT);
    const length = readSync(descriptor, buffer, 0, READ_LIMIT, 0);
    return buffer.subarray(0, length);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
    return error instanceof Error ? error.message : String(error);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function asText(report: FileReport): string {
  const errors = report.results.filter((result) => result.type === 'error').length;
  const warnings = report.results.length - errors;
  const verdict = report.valid ? (warnings > 0 ? `valid, ${plural(warnings, 'warning')}` : 'valid') : `invalid, ${plural(errors, 'error')}`;
  const lines = [`${report.file}: ${verdict}`];
  for (const result of report.results) {
    const where = result.line > 0 ? `${result.line}:${result.column}` : '-';
    lines.push(`  ${where.padEnd(7)} ${result.type.padEnd(7)} ${result.key ? `${result.key}: ` : ''}${result.description}`);
  }
  return lines.join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
