import type { CatalogueFile } from './catalogue.types';
import type { ComponentExtractor, TreeLookup } from './component-extractor';
import { extractComponents } from './extract-components';

/** The lookup an extractor is handed, taken from a spy extractor that matches `probe`. */
function lookupFor(files: CatalogueFile[]): TreeLookup {
  let captured: TreeLookup | undefined;
  const spy: ComponentExtractor = {
    name: 'spy',
    matches: (path) => path === 'probe',
    extract: (_file, tree) => {
      captured = tree;
      return { components: [], findings: [] };
    },
  };
  extractComponents({ files: [...files, { path: 'probe', kind: 'text', content: '' }] }, [spy]);
  if (!captured) throw new Error('the spy extractor was not called');
  return captured;
}

const text = (path: string): CatalogueFile => ({ path, kind: 'text', content: path });

describe('the tree lookup extractors get', () => {
  const lookup = lookupFor([text('chart/templates/b.yaml'), text('chart/values.yaml'), text('chart-two/x'), text('chart/templates/a.yaml'), text('chart/templates-old/c.yaml'), text('z')]);

  it('finds a file by its path', () => {
    expect(lookup.get('chart/values.yaml')?.content).toBe('chart/values.yaml');
    expect(lookup.get('chart/missing.yaml')).toBeUndefined();
  });

  it('lists the files below a folder in path order, and no folder that only starts alike', () => {
    expect(lookup.filesUnder('chart/templates').map((file) => file.path)).toEqual(['chart/templates/a.yaml', 'chart/templates/b.yaml']);
    expect(lookup.filesUnder('chart').map((file) => file.path)).toEqual(['chart/templates-old/c.yaml', 'chart/templates/a.yaml', 'chart/templates/b.yaml', 'chart/values.yaml']);
    expect(lookup.filesUnder('nowhere')).toEqual([]);
    expect(lookup.filesUnder('')).toHaveLength(7);
  });
});
