import { RepositoryStorage } from './repository-storage.service';
import type { GitEnvironment } from './git-environment';
import type { GitProcess } from '../process/git-process';

describe('RepositoryStorage paths', () => {
  const storage = new RepositoryStorage({ repositoriesRoot: '/data/repositories' } as GitEnvironment, {} as GitProcess);

  it('derive the path from the id alone, sharded by its first two characters', () => {
    expect(storage.pathOf('3F2504E0-4F89-41D3-9A0C-0305E82C3301')).toBe('/data/repositories/3f/3f2504e0-4f89-41d3-9a0c-0305e82c3301.git');
  });

  it.each(['../etc', 'x', '3f2504e0-4f89-41d3-9a0c-0305e82c3301/../../x', ''])('refuse %p', (id) => {
    expect(() => storage.pathOf(id)).toThrow('not a repository id');
  });
});
