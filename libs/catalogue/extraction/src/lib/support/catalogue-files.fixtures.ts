import type { CatalogueExtraction, CatalogueFile } from '../catalogue.types';
import type { ComponentExtractor } from '../component-extractor';
import { MAX_MANIFEST_BYTES } from '../component-extractor';
import { extractComponents } from '../extract-components';

/** Helpers for the extractors' specs: trees of files as the git readers give them. */
export function textFile(path: string, content: string): CatalogueFile {
  return { path, kind: 'text', content };
}

export function extractWith(extractor: ComponentExtractor, ...files: CatalogueFile[]): CatalogueExtraction {
  return extractComponents({ files }, [extractor]);
}

/** The one component a file describes; fails the test with the findings when there is none. */
export function onlyComponent(extractor: ComponentExtractor, path: string, content: string) {
  const result = extractWith(extractor, textFile(path, content));
  expect(result.findings).toEqual([]);
  expect(result.components).toHaveLength(1);
  return result.components[0];
}

/** The finding a file that cannot be read as a component gives, and that it gives no component. */
export function onlyFinding(extractor: ComponentExtractor, path: string, content: string) {
  const result = extractWith(extractor, textFile(path, content));
  expect(result.components).toEqual([]);
  expect(result.findings).toHaveLength(1);
  return result.findings[0];
}

/** What every extractor must survive before its parser runs: files too large, links, binaries. */
export function itRefusesUnreadableFiles(extractor: ComponentExtractor, path: string, padding: (bytes: number) => string): void {
  describe(`an unreadable ${path}`, () => {
    it('gives a finding and no component for a 10 MB file, without parsing it', () => {
      const extract = jest.spyOn(extractor, 'extract');
      const result = extractWith(extractor, textFile(path, padding(10 * 1024 * 1024)));
      expect(extract).not.toHaveBeenCalled();
      extract.mockRestore();
      expect(result.components).toEqual([]);
      expect(result.findings).toEqual([{ rule: 'invalid-manifest', severity: 'WARNING', path, line: null, message: expect.stringContaining(`larger than ${MAX_MANIFEST_BYTES} bytes`) }]);
    });

    it.each([
      [{ kind: 'too-large', size: 50_000_000 }, 'invalid-manifest', /larger than the check reads \(50000000 bytes\)/],
      [{ kind: 'symlink' }, 'symlink-skipped', /symbolic link; it is not followed/],
      [{ kind: 'binary', size: 12 }, 'invalid-manifest', /binary file/],
    ] as const)('gives a finding for %p and never reads it', (entry, rule, message) => {
      const extract = jest.spyOn(extractor, 'extract');
      const result = extractWith(extractor, { path, ...entry });
      expect(extract).not.toHaveBeenCalled();
      extract.mockRestore();
      expect(result).toEqual({ components: [], findings: [expect.objectContaining({ rule, path, message: expect.stringMatching(message) })], truncated: false });
    });
  });
}
