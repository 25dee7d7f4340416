import { checkRepositoryName } from './repository.rules';

describe('checkRepositoryName', () => {
  it.each(['buergerbeteiligung', 'Formular-Bibliothek', 'a', 'helm.charts', 'x_1', 'A'.repeat(100)])('accepts %p', (name) => {
    expect(() => checkRepositoryName(name)).not.toThrow();
  });

  it.each([
    '', '..', 'a..b', '.hidden', '-rf', '--upload-pack=x', 'repo.git', 'repo.GIT', 'a/b', 'a\\b', '%2e%2e', '%2f',
    'ｒｅｐｏ', 'repo\u2024', 'r\u0000', 'with space', 'A'.repeat(101), 'api', 'x.lock',
  ])('refuses %p with BAD_USER_INPUT', (name) => {
    expect(() => checkRepositoryName(name)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
