import { parseUntrustedXml } from '@allmende/xml';
import { parse as parseToml, TomlError } from 'smol-toml';
import { ManifestError } from '../component-extractor';
import { lineAtOffset } from '../support/source-lines';

/**
 * The manifest formats as plain data, or a ManifestError with the line of the problem. None of
 * the parsers recurses without a bound: V8's JSON.parse is iterative, smol-toml refuses deep
 * nesting itself, and @allmende/xml bounds the depth before fast-xml-parser recurses.
 */
export function readJson(content: string): unknown {
  const source = withoutByteOrderMark(content);
  try {
    return JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const line = position ? lineAtOffset(source, Number(position[1])) : /end of JSON input/.test(message) ? lineAtOffset(source, source.length) : null;
    throw new ManifestError(`not valid JSON: ${withoutQuotedSource(message)}`, line);
  }
}

export function readToml(content: string): unknown {
  try {
    return parseToml(withoutByteOrderMark(content));
  } catch (error) {
    if (!(error instanceof TomlError)) throw new ManifestError(`not valid TOML: ${String(error)}`);
    throw new ManifestError(`not valid TOML: ${error.message.split('\n')[0].replace(/^Invalid TOML document: /, '')}`, error.line);
  }
}

export function readXml(content: string): unknown {
  const parsed = parseUntrustedXml(withoutByteOrderMark(content));
  if (!parsed.ok) throw new ManifestError(`not valid XML: ${parsed.message}`, parsed.line);
  return parsed.value;
}

function withoutByteOrderMark(content: string): string {
  return content.replace(/^\uFEFF/, '');
}

/** V8 quotes the start of the input (`"{\"token\": …" is not valid JSON`); a finding must not echo a file's content. */
function withoutQuotedSource(message: string): string {
  return message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
}
