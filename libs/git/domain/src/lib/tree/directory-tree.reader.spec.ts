import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryTreeReader } from './directory-tree.reader';

describe('DirectoryTreeReader', () => {
  let root: string;
  const reader = new DirectoryTreeReader();
  const limits = { maxFileBytes: 1024, maxFiles: 100, maxBytes: 100_000 };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'allmende-dir-tree-'));
    mkdirSync(join(root, '.git', 'objects'), { recursive: true });
    writeFileSync(join(root, '.git', 'config'), '[core]\n');
    mkdirSync(join(root, 'src', 'lib'), { recursive: true });
    writeFileSync(join(root, 'LICENSE'), 'MIT License\n');
    writeFileSync(join(root, 'src', 'lib', 'deep.ts'), '// SPDX-License-Identifier: MIT\n');
    writeFileSync(join(root, 'src', 'main.ts'), 'export {};\n');
    writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0, 1]));
    writeFileSync(join(root, 'huge.txt'), 'x'.repeat(2048));
    symlinkSync('/etc/passwd', join(root, 'passwd'));
    symlinkSync('src', join(root, 'src-link'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists every file breadth first like a commit, skipping .git and never following links', async () => {
    const tree = await reader.read(root, limits);
    expect(tree.truncated).toBe(false);
    expect(tree.files.map((file) => `${file.path}:${file.kind}`)).toEqual([
      'LICENSE:text',
      'huge.txt:too-large',
      'logo.png:binary',
      'passwd:symlink',
      'src-link:symlink',
      'src/main.ts:text',
      'src/lib/deep.ts:text',
    ]);
    expect(tree.files[0].content).toBe('MIT License\n');
    expect(tree.files.find((file) => file.kind === 'symlink')?.content).toBeUndefined();
    // What is not kept still has its size, for rules about large files.
    expect(tree.files.filter((file) => file.size !== undefined).map((file) => `${file.path}:${file.size}`)).toEqual(['huge.txt:2048', 'logo.png:4']);
  });

  it('lists and reads only the files selected, still never following a selected symlink', async () => {
    const tree = await reader.read(root, limits, (path) => path.endsWith('.ts') || path === 'passwd');
    expect(tree.files.map((file) => `${file.path}:${file.kind}`)).toEqual(['passwd:symlink', 'src/main.ts:text', 'src/lib/deep.ts:text']);
  });

  it('stops at the file limit and says so', async () => {
    const tree = await reader.read(root, { ...limits, maxFiles: 2 });
    expect(tree).toMatchObject({ truncated: true });
    expect(tree.files.map((file) => file.path)).toEqual(['LICENSE', 'huge.txt']);
  });

  it('stops at the byte budget and says so', async () => {
    const tree = await reader.read(root, { ...limits, maxBytes: 14 });
    expect(tree.truncated).toBe(true);
    expect(tree.files.map((file) => file.path)).toEqual(['LICENSE', 'huge.txt']);
  });
});
