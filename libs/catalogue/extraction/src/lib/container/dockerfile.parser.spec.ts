import { expectLinearGrowth } from '@allmende/testing';
import { ManifestError } from '../component-extractor';
import { parseDockerfile } from './dockerfile.parser';

const lines = (...text: string[]) => text.join('\n');

function errorOf(content: string): ManifestError {
  try {
    parseDockerfile(content);
  } catch (error) {
    if (error instanceof ManifestError) return error;
    throw error;
  }
  throw new Error('parsed without error');
}

describe('parseDockerfile', () => {
  it('joins continuation lines, drops comments inside them and keeps the starting line of every instruction', () => {
    const parsed = parseDockerfile(
      lines(
        '# a comment before anything',
        '',
        'FROM debian:bookworm-slim',
        'RUN apt-get update \\',
        '    # comments inside a continuation are dropped',
        '',
        '    && apt-get install -y curl \\  ',
        '    && rm -rf /var/lib/apt/lists/*',
        'user app',
      ),
    );
    const [run, user] = parsed.stages[0].instructions;
    expect(run).toMatchObject({ keyword: 'RUN', line: 4, endLine: 8, text: 'apt-get update     && apt-get install -y curl     && rm -rf /var/lib/apt/lists/*' });
    expect(user).toMatchObject({ keyword: 'USER', line: 9, text: 'app' });
  });

  it('reads CRLF files and a byte order mark', () => {
    const parsed = parseDockerfile('\uFEFFFROM alpine:3.20\r\nRUN echo a \\\r\n  b\r\nCMD ["sh"]\r\n');
    expect(parsed.stages[0].instructions.map((instruction) => [instruction.line, instruction.text])).toEqual([
      [2, 'echo a   b'],
      [4, '["sh"]'],
    ]);
  });

  it('follows the escape directive, backtick included, as Windows Dockerfiles use it', () => {
    const parsed = parseDockerfile(lines('# escape=`', '# syntax=docker/dockerfile:1', 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'COPY testfile.txt c:\\ `', '  c:\\data\\'));
    expect(parsed.escape).toBe('`');
    expect(parsed.directives).toEqual({ escape: '`', syntax: 'docker/dockerfile:1' });
    expect(parsed.stages[0].instructions[0].text).toBe('testfile.txt c:\\   c:\\data\\');
  });

  it('reads directives only at the very top, as BuildKit does', () => {
    const parsed = parseDockerfile(lines('# a comment first', '# escape=`', 'FROM alpine:3.20', 'RUN echo \\', '  done'));
    expect(parsed.escape).toBe('\\');
    expect(parsed.stages[0].instructions[0].text).toBe('echo   done');
  });

  it('takes heredoc bodies out of RUN and COPY, with <<- stripping tabs and quoted names', () => {
    const parsed = parseDockerfile(
      lines(
        'FROM alpine:3.20',
        'RUN <<EOF',
        'apk add --no-cache curl',
        '# not a comment of the Dockerfile',
        'EOF',
        'COPY <<-"CONF" /etc/app.conf <<ANOTHER /etc/other.conf',
        '\tlisten 8080',
        '\tCONF',
        'x=1',
        'ANOTHER',
        'RUN echo "<<NOT" && cat <<<here-string',
        'USER 1000',
      ),
    );
    const [run, copy, echo, user] = parsed.stages[0].instructions;
    expect(run).toMatchObject({ line: 2, endLine: 5, heredocs: [{ name: 'EOF', body: 'apk add --no-cache curl\n# not a comment of the Dockerfile', line: 2 }] });
    expect(copy.heredocs).toEqual([
      { name: 'CONF', body: 'listen 8080', line: 6 },
      { name: 'ANOTHER', body: 'x=1', line: 6 },
    ]);
    expect(echo.heredocs).toEqual([]);
    expect(user).toMatchObject({ keyword: 'USER', line: 12 });
  });

  it('tells exec form from shell form', () => {
    const parsed = parseDockerfile(lines('FROM alpine:3.20', 'ENTRYPOINT ["/bin/app", "--serve"]', 'CMD [not json]', 'HEALTHCHECK --interval=30s CMD ["wget", "-q", "localhost"]'));
    const [entrypoint, cmd, healthcheck] = parsed.stages[0].instructions;
    expect(entrypoint.exec).toEqual(['/bin/app', '--serve']);
    expect(cmd.exec).toBeNull();
    expect(healthcheck).toMatchObject({ flags: [{ name: 'interval', value: '30s' }], text: 'CMD ["wget", "-q", "localhost"]' });
  });

  it('substitutes global ARGs in FROM, defaults included, and keeps unknown ones as written', () => {
    const parsed = parseDockerfile(
      lines(
        'ARG REGISTRY=docker.io',
        'ARG PG_MAJOR=16',
        'ARG BASE=${REGISTRY}/library/postgres:${PG_MAJOR}',
        'ARG VARIANT',
        'FROM $BASE AS one',
        'FROM ${VARIANT:-alpine}:3.20 AS two',
        'FROM node:${NODE_VERSION}',
      ),
    );
    expect(parsed.stages.map((stage) => [stage.image, stage.unresolved])).toEqual([
      ['docker.io/library/postgres:16', []],
      ['alpine:3.20', []],
      ['node:${NODE_VERSION}', ['NODE_VERSION']],
    ]);
    expect(parsed.globalArgs.map((arg) => arg.line)).toEqual([1, 2, 3, 4]);
  });

  it('links stages that build on earlier stages and reads --platform', () => {
    const parsed = parseDockerfile(
      lines('FROM --platform=$BUILDPLATFORM golang:1.22 AS Build', 'RUN go build', 'FROM build AS test', 'FROM --platform=linux/amd64 gcr.io/distroless/static-debian12', 'COPY --from=build /app /app'),
    );
    expect(parsed.stages.map(({ index, name, parent, platform, line }) => ({ index, name, parent, platform, line }))).toEqual([
      { index: 0, name: 'build', parent: null, platform: '$BUILDPLATFORM', line: 1 },
      { index: 1, name: 'test', parent: 0, platform: null, line: 3 },
      { index: 2, name: null, parent: null, platform: 'linux/amd64', line: 4 },
    ]);
    expect(parsed.stages[2].instructions[0].flags).toEqual([{ name: 'from', value: 'build' }]);
  });

  it.each([
    ['an empty file', '', /no FROM/, null],
    ['only comments and ARGs', '# nothing\nARG X=1\n', /no FROM/, null],
    ['an instruction other than ARG before FROM', 'ARG X=1\nRUN echo\nFROM alpine', /RUN before the first FROM/, 2],
    ['an unknown instruction before FROM', '\nFORM alpine:3.20\n', /unknown instruction "FORM"/, 2],
    ['an unknown instruction in a stage', 'FROM alpine\nRUN a\nCOPIE x y\n', /unknown instruction "COPIE"/, 3],
    ['an unclosed heredoc', 'FROM alpine\nRUN <<EOF\necho\nEOF \n', /<<EOF is never closed/, 2],
    ['FROM without an image', 'FROM\n', /FROM takes an image/, 1],
    ['FROM with stray words', 'FROM alpine AS a b\n', /FROM takes an image/, 1],
    ['a bad escape directive', '# escape=x\nFROM alpine\n', /escape directive/, 1],
    ['a repeated escape directive', '# escape=`\n# escape=\\\nFROM alpine\n', /given twice/, 2],
  ])('refuses %s with the line', (_case, content, message, line) => {
    const error = errorOf(content);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
  });

  it('does not echo a line that lost its continuation into the error', () => {
    const error = errorOf('FROM alpine\nENV A=1\n  DB_PASSWORD=correct-horse-battery\n');
    expect(error.message).not.toContain('correct-horse');
    expect(error.line).toBe(3);
  });

  // Each about a megabyte, and compared with an eighth of it.
  it.each([
    ['a megabyte of letters', (count: number) => `FROM alpine\nRUN ${'a'.repeat(count)}\n`, 1 << 20],
    ['unclosed variable references', (count: number) => `ARG A=1\nFROM alpine:${'${'.repeat(count)}\n`, 1 << 19],
    ['dollars and braces', (count: number) => `FROM alpine:${'$A}'.repeat(count)}\n`, 1 << 18],
    ['escape characters', (count: number) => `FROM alpine\nRUN ${'\\ '.repeat(count)}\n`, 1 << 19],
    ['heredoc-like words', (count: number) => `FROM alpine\nRUN ${'"<<A '.repeat(count)}\n`, 1 << 18],
    ['quotes that never close', (count: number) => `FROM alpine\nLABEL a="${'x'.repeat(count)}\n`, 1 << 20],
    ['a JSON-looking line', (count: number) => `FROM alpine\nCMD [${'"a",'.repeat(count)}\n`, 1 << 18],
    ['continuation lines', (count: number) => `FROM alpine\nRUN a \\\n${'b \\\n'.repeat(count)}c\n`, 1 << 18],
  ])('parses a hostile Dockerfile with %s in linear time', (_case, dockerfile, count) => {
    expectLinearGrowth(dockerfile, parseDockerfile, { small: count / 8, large: count });
  });
});
