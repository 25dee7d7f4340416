import type { CatalogueFile, CatalogueFinding, ExtractedComponent } from './catalogue.types';

/** Describing files larger than this are not parsed (a 10 MB Dockerfile is an attack, not a build). */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

/** Read access to the other files of the tree (a chart's values.yaml next to its Chart.yaml). */
export interface TreeLookup {
  /** The file at a normalised path (no leading `./`, forward slashes), or undefined. */
  get(path: string): CatalogueFile | undefined;
  /** The files below a folder (normalised, no trailing slash; '' for the whole tree), in path order. */
  filesUnder(folder: string): readonly CatalogueFile[];
}

export interface ExtractorResult {
  components: ExtractedComponent[];
  findings: CatalogueFinding[];
}

/**
 * The text of a file found through a TreeLookup when it may be parsed like the file an extractor
 * is given (text, within MAX_MANIFEST_BYTES); null for a missing, linked, binary or large one.
 */
export function readableContent(file: CatalogueFile | undefined): string | null {
  if (file?.kind !== 'text' || file.content === undefined) return null;
  return Buffer.byteLength(file.content, 'utf8') > MAX_MANIFEST_BYTES ? null : file.content;
}

/**
 * Reads one kind of describing file. `extract` gets text files only and may throw on input it
 * cannot read: the caller turns that into an `invalid-manifest` finding for the file.
 */
export interface ComponentExtractor {
  /** Short name for findings and tests, e.g. `dockerfile`. */
  readonly name: string;
  matches(path: string): boolean;
  /** Other files `extract` looks up through the TreeLookup (a chart's values.yaml): the readers must not skip them. */
  alsoReads?(path: string): boolean;
  extract(file: CatalogueFile & { content: string }, tree: TreeLookup): ExtractorResult;
}

/** A problem in one describing file, with the line when known. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';

  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}
