import { MAX_ANNOTATIONS, MAX_GLOBS_PER_CONFIG, type ConfigProblem, type ReuseAnnotation, type ReuseConfig } from './reuse-config.types';
import { compileGlob, type ReuseGlob } from './reuse-glob';
import { checkLicenseExpression } from './spdx-expression';

export const DEP5_PATH = '.reuse/dep5';

interface Field {
  line: number;
  /** The value on the field's own line, then each continuation line. */
  values: string[];
}

type Paragraph = Map<string, Field>;

/**
 * Reads `.reuse/dep5` (Debian copyright format 1.0, as REUSE 3.3 uses it): each paragraph with
 * `Files:` annotates the files its globs match; the license synopsis must be an SPDX
 * expression. Paragraphs are read even when a field is missing or a line is malformed, so
 * what is there still counts; each such case is a problem for the caller to report.
 */
export function parseDep5(text: string): ReuseConfig {
  const config: ReuseConfig = { kind: 'dep5', path: DEP5_PATH, directory: '', annotations: [], problems: [] };
  const paragraphs = readParagraphs(text, config.problems);
  const [header] = paragraphs;
  if (!header?.has('format')) {
    config.problems.push({ line: header ? firstLine(header) : 1, message: `${DEP5_PATH} does not start with a header paragraph with a Format: field` });
  }
  let globs = 0;
  const files = paragraphs.filter((paragraph) => paragraph.has('files'));
  for (const [index, paragraph] of files.entries()) {
    if (index === MAX_ANNOTATIONS || globs >= MAX_GLOBS_PER_CONFIG) {
      config.problems.push({ line: firstLine(paragraph), message: `${DEP5_PATH} has ${files.length} Files paragraphs; only the first ${index} were read` });
      break;
    }
    const annotation = readFilesParagraph(paragraph, config.problems, MAX_GLOBS_PER_CONFIG - globs);
    config.annotations.push(annotation);
    globs += annotation.globs.length;
  }
  return config;
}

function readFilesParagraph(paragraph: Paragraph, problems: ConfigProblem[], room: number): ReuseAnnotation {
  const files = paragraph.get('files') as Field;
  const patterns = files.values.join(' ').split(/\s+/).filter(Boolean);
  if (patterns.length > room) problems.push({ line: files.line, message: `${DEP5_PATH}: ${describe(files)} has ${patterns.length} patterns; only the first ${room} were read` });
  const globs: ReuseGlob[] = [];
  for (const pattern of patterns.slice(0, room)) {
    const glob = compileGlob(pattern, 'dep5');
    if ('error' in glob) problems.push({ line: files.line, message: `${DEP5_PATH}: bad Files pattern: ${glob.error}` });
    else globs.push(glob);
  }
  if (globs.length === 0) problems.push({ line: files.line, message: `${DEP5_PATH}: Files: names no pattern` });

  const copyright = paragraph.get('copyright');
  const copyrights = (copyright?.values ?? []).map((value) => value.trim()).filter((value) => value !== '' && value !== '.');
  if (copyrights.length === 0) problems.push({ line: copyright?.line ?? files.line, message: `${DEP5_PATH}: the paragraph for ${describe(files)} has no Copyright:` });

  const license = paragraph.get('license');
  const synopsis = license?.values[0].trim() ?? '';
  if (synopsis === '') problems.push({ line: license?.line ?? files.line, message: `${DEP5_PATH}: the paragraph for ${describe(files)} has no License: expression` });
  return {
    globs,
    precedence: 'aggregate',
    copyrights,
    expressions: synopsis === '' ? [] : [{ raw: synopsis, line: license?.line ?? null, check: checkLicenseExpression(synopsis) }],
    line: files.line,
  };
}

/** deb822: paragraphs apart by blank lines, `Name: value` fields continued on indented lines, `#` comments. */
function readParagraphs(text: string, problems: ConfigProblem[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let paragraph: Paragraph | null = null;
  let current: Field | null = null;
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      paragraph = null;
      current = null;
      continue;
    }
    if (line.startsWith('#')) continue;
    if (/^[ \t]/.test(line)) {
      if (current) current.values.push(line.trim());
      else problems.push({ line: index + 1, message: `${DEP5_PATH}: line ${index + 1} continues no field` });
      continue;
    }
    const field = /^([^\s:]+):(.*)$/.exec(line);
    if (!field) {
      problems.push({ line: index + 1, message: `${DEP5_PATH}: line ${index + 1} is not a "Field: value" line` });
      current = null;
      continue;
    }
    if (!paragraph) {
      paragraph = new Map();
      paragraphs.push(paragraph);
    }
    const name = field[1].toLowerCase();
    if (paragraph.has(name)) problems.push({ line: index + 1, message: `${DEP5_PATH}: ${field[1]}: appears twice in one paragraph; the first is used` });
    current = { line: index + 1, values: [field[2].trim()] };
    if (!paragraph.has(name)) paragraph.set(name, current);
  }
  return paragraphs;
}

function firstLine(paragraph: Paragraph): number {
  return (paragraph.values().next().value as Field).line;
}

function describe(files: Field): string {
  const patterns = files.values.join(' ').trim();
  return `Files: ${patterns.length > 60 ? `${patterns.slice(0, 60)}…` : patterns}`;
}
