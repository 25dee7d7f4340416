import { FileTreeCollector } from './file-tree';

const limits = { maxFileBytes: 10, maxFiles: 3, maxBytes: 25 };
const bytes = (text: string) => new Uint8Array(Buffer.from(text));

describe('FileTreeCollector', () => {
  it('keeps text as is, flags binaries and files over the per-file limit', () => {
    const collector = new FileTreeCollector(limits);
    expect(collector.addContent('a.txt', bytes('\uFEFFhi ü'))).toBe(true);
    expect(collector.addContent('b.bin', new Uint8Array([1, 0, 2]))).toBe(true);
    expect(collector.addContent('c.txt', bytes('x'.repeat(11)))).toBe(true);
    expect(collector.result()).toEqual({
      files: [
        { path: 'a.txt', kind: 'text', content: '\uFEFFhi ü' },
        { path: 'b.bin', kind: 'binary', size: 3 },
        { path: 'c.txt', kind: 'too-large', size: 11 },
      ],
      truncated: false,
    });
  });

  it('only looks for NUL bytes in the first 8000 bytes', () => {
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0;
    const collector = new FileTreeCollector({ maxFileBytes: 10_000, maxFiles: 10, maxBytes: 100_000 });
    collector.addContent('late.txt', late);
    expect(collector.result().files[0].kind).toBe('text');
  });

  it('stops at the file count and is truncated only when more files follow', () => {
    const collector = new FileTreeCollector(limits);
    for (const path of ['1', '2', '3']) expect(collector.addSymlink(path)).toBe(true);
    expect(collector.result().truncated).toBe(false);
    expect(collector.isFull()).toBe(true);
    expect(collector.addSymlink('4')).toBe(false);
    expect(collector.result()).toMatchObject({ truncated: true });
    expect(collector.result().files).toHaveLength(3);
  });

  it('stops when the bytes read exceed the total budget, counting skipped content too', () => {
    const collector = new FileTreeCollector(limits);
    expect(collector.addContent('big', bytes('x'.repeat(20)))).toBe(true);
    expect(collector.addContent('next', bytes('y'.repeat(6)))).toBe(false);
    expect(collector.result()).toEqual({ files: [{ path: 'big', kind: 'too-large', size: 20 }], truncated: true });
  });
});
