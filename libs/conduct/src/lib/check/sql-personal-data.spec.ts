import { expectLinearGrowth } from '@allmende/testing';
import { findPersonalDataInSql } from './sql-personal-data';

describe('findPersonalDataInSql', () => {
  it('finds e-mail addresses in pg_dump COPY rows, naming table and column', () => {
    const dump = [
      '-- PostgreSQL database dump',
      'CREATE TABLE public.users (',
      '    id integer NOT NULL,',
      '    "e_mail" character varying(255) NOT NULL',
      ');',
      'COPY public.users (id, e_mail) FROM stdin;',
      '1\tanna.schmidt@posteo.de',
      '2\tjonas@web.de',
      '\\.',
    ].join('\n');
    expect(findPersonalDataInSql(dump)).toEqual({ line: 7, addresses: 2, table: 'public.users', column: 'e_mail' });
  });

  it('finds them in mysqldump one-line INSERTs, taking the column from CREATE TABLE', () => {
    const dump = [
      'CREATE TABLE `kunden` (`id` int NOT NULL, `name` varchar(80), `email_address` varchar(255), PRIMARY KEY (`id`));',
      "INSERT INTO `kunden` VALUES (1,'Anna','anna@firma.de'),(2,'Ben','ben@firma.de'),(3,'Cem','cem@firma.de');",
    ].join('\n');
    expect(findPersonalDataInSql(dump)).toEqual({ line: 2, addresses: 3, table: 'kunden', column: 'email_address' });
  });

  it('finds them in INSERTs over several lines, with the column list of the statement', () => {
    const dump = ['INSERT INTO contacts (id, mail)', 'VALUES', "  (1, 'x@stadt-musterhausen.de'),", "  (2, 'y@stadt-musterhausen.de');"].join('\n');
    expect(findPersonalDataInSql(dump)).toEqual({ line: 3, addresses: 2, table: 'contacts', column: 'mail' });
  });

  it('finds addresses in a table whose columns do not say so', () => {
    expect(findPersonalDataInSql("INSERT INTO log VALUES ('login by karl@gmx.de');\n")).toEqual({ line: 1, addresses: 1, table: 'log', column: null });
  });

  it.each([
    ['a schema without data', 'CREATE TABLE users (\n  id serial,\n  email text NOT NULL UNIQUE\n);\nCREATE INDEX ON users (email);\n'],
    ['data without addresses', "CREATE TABLE users (id int, email text);\nINSERT INTO users VALUES (1, NULL);\nCOPY users (id, email) FROM stdin;\n2\t\\N\n\\.\n"],
    ['placeholder addresses', "INSERT INTO users (email) VALUES ('anna@example.org'), ('ben@mail.example.com'), ('c@host.test'), ('d@x.invalid');\n"],
    ['addresses in comments and functions', "-- Maintainer: dba@stadt.de\nCREATE FUNCTION notify() RETURNS void AS $$ SELECT 'ops@stadt.de' $$ LANGUAGE sql;\n"],
    ['an address after the end of COPY data', "COPY t (a) FROM stdin;\nx\n\\.\nCOMMENT ON TABLE t IS 'owner: ops@stadt.de';\n"],
    ['an empty file', ''],
  ])('finds nothing in %s', (_case, sql) => {
    expect(findPersonalDataInSql(sql)).toBeNull();
  });

  it('counts up to a bound, in time linear in the rows', () => {
    const dump = (count: number) => `COPY people (id, email) FROM stdin;\n${Array.from({ length: count }, (_, index) => `${index}\tuser${index}@mail.de`).join('\n')}\n\\.\n`;
    expect(findPersonalDataInSql(dump(20_000))?.addresses).toBe(10_000);
    expect(expectLinearGrowth(dump, findPersonalDataInSql, { small: 5_000, large: 40_000 })?.addresses).toBe(10_000);
  });

  it.each([
    ['a value of "@"s and dotted names', (size: number) => `INSERT INTO t VALUES ('${'@'.repeat(size)}${'a.'.repeat((size * 2) / 5)}');`],
    ['a table definition that never ends', (size: number) => `CREATE TABLE t (${'x int, '.repeat(size / 5)}`],
  ])('stays linear on %s', (_case, sql) => {
    expectLinearGrowth(sql, findPersonalDataInSql, { small: 62_500, large: 500_000 });
  });
});
