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

  it('counts up to a bound and stays fast on huge and hostile input', () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => `${index}\tuser${index}@mail.de`).join('\n');
    const started = Date.now();
    expect(findPersonalDataInSql(`COPY people (id, email) FROM stdin;\n${rows}\n\\.\n`)?.addresses).toBe(10_000);
    findPersonalDataInSql(`INSERT INTO t VALUES ('${'@'.repeat(500_000)}${'a.'.repeat(200_000)}');`);
    findPersonalDataInSql(`CREATE TABLE t (${'x int, '.repeat(100_000)}`);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
