import { ManifestError } from '../component-extractor';
import type { Heredoc } from './dockerfile.types';

/** One instruction's text: continuation lines joined, comments inside it dropped, heredoc bodies taken out. */
export interface LogicalLine {
  text: string;
  line: number;
  endLine: number;
  heredocs: Heredoc[];
}

export interface LexedDockerfile {
  escape: '\\' | '`';
  directives: Record<string, string>;
  lines: LogicalLine[];
}

const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

/**
 * Splits a Dockerfile into instructions the way BuildKit does. Every physical line is looked at
 * a bounded number of times and no regular expression runs over a whole line, so a hostile
 * megabyte-long line costs a linear scan.
 */
export function lexDockerfile(content: string): LexedDockerfile {
  const physical = (content.charCodeAt(0) === 0xfeff ? content.slice(1) : content).split('\n').map(withoutCarriageReturn);
  const { directives, escape, next } = readDirectives(physical);
  const lines: LogicalLine[] = [];
  let index = next;
  while (index < physical.length) {
    if (isBlankOrComment(physical[index])) {
      index += 1;
      continue;
    }
    const start = index;
    const parts: string[] = [];
    let current = physical[index];
    for (;;) {
      const body = continuedBody(current, escape);
      index += 1;
      if (body === null) {
        parts.push(current);
        break;
      }
      parts.push(body);
      while (index < physical.length && isBlankOrComment(physical[index])) index += 1;
      if (index >= physical.length) break;
      current = physical[index];
    }
    const text = parts.join('').trim();
    const heredocs: Heredoc[] = [];
    for (const marker of heredocMarkersOf(text, escape)) {
      const end = terminatorIndex(physical, index, marker);
      if (end < 0) throw new ManifestError(`the heredoc <<${marker.name} is never closed by a line "${marker.name}"`, start + 1);
      const bodyLines = physical.slice(index, end);
      heredocs.push({ name: marker.name, body: (marker.stripTabs ? bodyLines.map(withoutLeadingTabs) : bodyLines).join('\n'), line: start + 1 });
      index = end + 1;
    }
    lines.push({ text, line: start + 1, endLine: index, heredocs });
  }
  return { escape, directives, lines };
}

function readDirectives(lines: readonly string[]): { directives: Record<string, string>; escape: '\\' | '`'; next: number } {
  const directives: Record<string, string> = {};
  let index = 0;
  for (; index < lines.length; index += 1) {
    const directive = directiveOf(lines[index]);
    if (!directive || !KNOWN_DIRECTIVES.has(directive.name)) break;
    if (directive.name in directives) throw new ManifestError(`the ${directive.name} directive is given twice`, index + 1);
    if (directive.name === 'escape' && directive.value !== '\\' && directive.value !== '`') {
      throw new ManifestError('the escape directive must be \\ or `', index + 1);
    }
    directives[directive.name] = directive.value;
  }
  return { directives, escape: directives['escape'] === '`' ? '`' : '\\', next: index };
}

/** `# name=value` with a name of letters and digits; anything else ends the directives (BuildKit reads it as a comment). */
function directiveOf(line: string): { name: string; value: string } | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('#')) return null;
  const equals = trimmed.indexOf('=');
  if (equals < 0) return null;
  const name = trimmed.slice(1, equals).trim().toLowerCase();
  if (!/^[a-z][a-z0-9]*$/.test(name)) return null;
  return { name, value: trimmed.slice(equals + 1).trim() };
}

function isBlankOrComment(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed === '' || trimmed.startsWith('#');
}

/** The line without its trailing escape character (spaces and tabs may follow it), or null when it does not continue. */
function continuedBody(line: string, escape: string): string | null {
  let end = line.length - 1;
  while (end >= 0 && (line[end] === ' ' || line[end] === '\t')) end -= 1;
  return end >= 0 && line[end] === escape ? line.slice(0, end) : null;
}

interface HeredocMarker {
  name: string;
  stripTabs: boolean;
}

/**
 * `<<NAME`, `<<-NAME`, `<<"NAME"` starting a word outside quotes (after an optional file
 * descriptor such as `3<<EOF`), in a RUN, COPY or ADD in shell form. A here-string `<<<` is none.
 */
function heredocMarkersOf(text: string, escape: string): HeredocMarker[] {
  const keywordEnd = wordEnd(text, 0);
  if (!HEREDOC_KEYWORDS.has(text.slice(0, keywordEnd).toUpperCase()) || text.slice(keywordEnd).trimStart().startsWith('[')) return [];
  const markers: HeredocMarker[] = [];
  let quote: string | null = null;
  let wordStart = true;
  for (let index = keywordEnd; index < text.length; index += 1) {
    const char = text[index];
    if (char === escape && quote !== "'") {
      index += 1;
      wordStart = false;
      continue;
    }
    if (quote) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      wordStart = false;
      continue;
    }
    if (char === ' ' || char === '\t') {
      wordStart = true;
      continue;
    }
    if (wordStart) {
      let at = index;
      while (at < text.length && text[at] >= '0' && text[at] <= '9') at += 1;
      const marker = text.startsWith('<<', at) && text[at + 2] !== '<' ? markerAt(text, at + 2) : null;
      if (marker) {
        markers.push(marker.marker);
        index = marker.end - 1;
      }
    }
    wordStart = false;
  }
  return markers;
}

function markerAt(text: string, start: number): { marker: HeredocMarker; end: number } | null {
  let at = start;
  const stripTabs = text[at] === '-';
  if (stripTabs) at += 1;
  const quote = text[at] === '"' || text[at] === "'" ? text[at] : null;
  if (quote) at += 1;
  const nameStart = at;
  while (at < text.length && isNameChar(text.charCodeAt(at))) at += 1;
  if (at === nameStart) return null;
  const name = text.slice(nameStart, at);
  if (quote) {
    if (text[at] !== quote) return null;
    at += 1;
  }
  return { marker: { name, stripTabs }, end: at };
}

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 46;
}

function terminatorIndex(lines: readonly string[], from: number, marker: HeredocMarker): number {
  for (let index = from; index < lines.length; index += 1) {
    const line = marker.stripTabs ? withoutLeadingTabs(lines[index]) : lines[index];
    if (line === marker.name) return index;
  }
  return -1;
}

function wordEnd(text: string, from: number): number {
  let index = from;
  while (index < text.length && text[index] !== ' ' && text[index] !== '\t') index += 1;
  return index;
}

function withoutLeadingTabs(line: string): string {
  let start = 0;
  while (line[start] === '\t') start += 1;
  return line.slice(start);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
