import { readFileSync } from 'node:fs';
import { ConductRules } from './conduct-rule-definitions';
import { ConductRulesError } from './conduct-rules.error';
import { parseConductRules } from './conduct-rules';

/**
 * Reads and validates a rules file. Every problem, a missing or unreadable file included, is a
 * ConductRulesError whose message is one line naming the file and what is wrong.
 */
export function readConductRulesFile(path: string): ConductRules {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ConductRulesError(`${path}: cannot be read (${reason})`);
  }
  return parseConductRules(text, path);
}
