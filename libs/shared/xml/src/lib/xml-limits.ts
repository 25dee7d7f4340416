/** Manifests nest a handful of levels; the parser recurses per level and must not reach the stack's end. */
export const MAX_XML_DEPTH = 256;

/**
 * Whether elements open deeper than `limit`, found by one linear pass before any parser runs.
 * Comments, CDATA sections, processing instructions, declarations and quoted attribute values
 * are stepped over as the parser reads them: a `</a>` hidden in `<!-- -->` or `<![CDATA[ ]]>`
 * must not cancel out the `<a>` around it, or a document nested 100,000 levels deep passes.
 */
export function exceedsXmlDepth(text: string, limit: number = MAX_XML_DEPTH): boolean {
  let depth = 0;
  let at = text.indexOf('<');
  while (at >= 0) {
    let end: number;
    if (text.startsWith('<!--', at)) end = after(text, '-->', at + 4);
    else if (text.startsWith('<![CDATA[', at)) end = after(text, ']]>', at + 9);
    else if (text.startsWith('<?', at)) end = after(text, '?>', at + 2);
    else if (text.startsWith('<!', at)) end = declarationEnd(text, at + 2);
    else {
      end = tagEnd(text, at + 1);
      if (end < 0) return false;
      if (text[at + 1] === '/') depth = Math.max(0, depth - 1);
      else if (text[end - 2] !== '/' && ++depth > limit) return true;
    }
    if (end < 0) return false;
    at = text.indexOf('<', end);
  }
  return false;
}

/** The index just past `terminator`, or -1 when the text ends first. */
function after(text: string, terminator: string, from: number): number {
  const found = text.indexOf(terminator, from);
  return found < 0 ? -1 : found + terminator.length;
}

/** Past the `>` that closes a tag, skipping `>` inside quoted attribute values. */
function tagEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char === '"' || char === "'") {
      at = text.indexOf(char, at + 1);
      if (at < 0) return -1;
    } else if (char === '>') return at + 1;
  }
  return -1;
}

/** Past a `<!DOCTYPE …>` or `<!ENTITY …>`, including an internal subset in brackets with its own comments and quotes. */
function declarationEnd(text: string, from: number): number {
  let brackets = 0;
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char === '"' || char === "'") {
      at = text.indexOf(char, at + 1);
      if (at < 0) return -1;
    } else if (text.startsWith('<!--', at)) {
      at = text.indexOf('-->', at + 4);
      if (at < 0) return -1;
      at += 2;
    } else if (char === '[') brackets += 1;
    else if (char === ']') brackets = Math.max(0, brackets - 1);
    else if (char === '>' && brackets === 0) return at + 1;
  }
  return -1;
}
