export type ParsedDocument = { document: unknown } | { error: unknown };

/** Runs a parser over untrusted text: the document, or what the parser failed with; never a throw. */
export function parseDocument(text: string, parse: (text: string) => unknown): ParsedDocument {
  try {
    return { document: parse(text) };
  } catch (error) {
    return { error };
  }
}
