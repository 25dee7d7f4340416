import { findEmailAddresses, isPlaceholderDomain } from './contact-addresses';

/** What gives a SQL file away as a dump of personal data. */
export interface SqlPersonalData {
  /** First line whose data holds a real e-mail address. */
  line: number;
  /** Real e-mail addresses in the data, counted up to {@link MAX_COUNTED}. */
  addresses: number;
  table: string | null;
  /** The table's e-mail column, when its definition or the statement's column list names one. */
  column: string | null;
}

const MAX_COUNTED = 10_000;
/** Column names that hold e-mail addresses: email, e_mail, e-mail, mail, email_address, mail_addr, ... */
const EMAIL_COLUMN = /^(?:e[-_]?)?mail(?:[-_]?addr(?:ess)?)?$/i;
const IDENTIFIER = '[`"\\[]?[\\w$]+[`"\\]]?(?:\\.[`"\\[]?[\\w$]+[`"\\]]?)?';
const CREATE_TABLE = new RegExp(`^\\s*CREATE\\s+(?:(?:GLOBAL\\s+|LOCAL\\s+)?TEMP(?:ORARY)?\\s+|UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(${IDENTIFIER})`, 'i');
const INSERT = new RegExp(`^\\s*(?:INSERT|REPLACE)\\s+(?:IGNORE\\s+)?INTO\\s+(${IDENTIFIER})\\s*(?:\\(([^()]{0,4000})\\))?`, 'i');
const COPY = new RegExp(`^\\s*COPY\\s+(${IDENTIFIER})\\s*(?:\\(([^()]{0,4000})\\))?\\s+FROM\\s+stdin`, 'i');
/** A column definition: its name first, then a type. */
const COLUMN_DEFINITION = /(?:^|[(,])\s*([`"[]?[\w$-]+[`"\]]?)\s+[A-Za-z]/g;
/** A CREATE TABLE statement longer than this is not read further for column names. */
const MAX_DEFINITION_CHARS = 64 * 1024;

type Context = { kind: 'none' } | { kind: 'create'; table: string; text: string } | { kind: 'data'; table: string; column: string | null; copy: boolean };

/**
 * Reads SQL (pg_dump, mysqldump, hand-written seeds) for data rows that hold e-mail addresses:
 * INSERT values and COPY rows. A schema alone (CREATE TABLE users (email ...)) is not a dump,
 * and addresses in comments or at placeholder domains are not personal data. One pass over the
 * lines with patterns anchored at the line's start: linear in the file's size.
 */
export function findPersonalDataInSql(content: string): SqlPersonalData | null {
  const emailColumns = new Map<string, string>();
  let context: Context = { kind: 'none' };
  let first: Omit<SqlPersonalData, 'addresses'> | null = null;
  let addresses = 0;

  const lines = content.split('\n');
  for (let index = 0; index < lines.length && addresses < MAX_COUNTED; index++) {
    const line = lines[index];
    if (context.kind === 'none') context = statementStart(line, emailColumns);
    if (context.kind === 'create') {
      context.text += `${line}\n`;
      if (!line.trimEnd().endsWith(';') && context.text.length < MAX_DEFINITION_CHARS) continue;
      const column = emailColumnOfDefinition(context.text);
      if (column) emailColumns.set(context.table, column);
      context = { kind: 'none' };
      continue;
    }
    if (context.kind !== 'data') continue;
    if (context.copy && line.trimEnd() === '\\.') {
      context = { kind: 'none' };
      continue;
    }
    const real = findEmailAddresses(line).filter((found) => !isPlaceholderDomain(found.domain)).length;
    if (real > 0) {
      addresses += real;
      first ??= { line: index + 1, table: context.table, column: context.column };
    }
    if (!context.copy && line.trimEnd().endsWith(';')) context = { kind: 'none' };
  }
  return first ? { ...first, addresses: Math.min(addresses, MAX_COUNTED) } : null;
}

function statementStart(line: string, emailColumns: ReadonlyMap<string, string>): Context {
  const create = CREATE_TABLE.exec(line);
  if (create) return { kind: 'create', table: tableName(create[1]), text: '' };
  const data = INSERT.exec(line) ?? COPY.exec(line);
  if (!data) return { kind: 'none' };
  const table = tableName(data[1]);
  const listed = data[2]?.split(',').map(unquote).find((column) => EMAIL_COLUMN.test(column));
  return { kind: 'data', table, column: listed ?? emailColumns.get(table) ?? null, copy: /^\s*COPY/i.test(line) };
}

function emailColumnOfDefinition(text: string): string | null {
  const body = text.slice(text.indexOf('('));
  for (const match of body.matchAll(COLUMN_DEFINITION)) {
    const name = unquote(match[1]);
    if (EMAIL_COLUMN.test(name)) return name;
  }
  return null;
}

function tableName(identifier: string): string {
  return identifier.split('.').map(unquote).join('.');
}

function unquote(identifier: string): string {
  return identifier.trim().replace(/^[`"[]|[`"\]]$/g, '');
}
