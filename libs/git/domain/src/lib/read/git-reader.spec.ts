import { normalizePath } from './git-reader.service';

describe('normalizePath', () => {
  it.each([
    ['', ''],
    ['/', ''],
    ['src', 'src'],
    ['/src/app/', 'src/app'],
  ])('normalises %p to %p', (input, output) => {
    expect(normalizePath(input)).toBe(output);
  });

  it.each(['..', 'src/../../etc', './x', 'a//b', 'a\\b', 'a\0b'])('refuses %p', (input) => {
    expect(() => normalizePath(input)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
