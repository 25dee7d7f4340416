import { findAssignments } from './assignment';

const pairs = (line: string) => findAssignments(line, 256).map(({ key, value, quoted }) => [key, value, quoted]);

describe('findAssignments', () => {
  it.each([
    ['key = "value"', [['key', 'value', true]]],
    ['key: value # comment', [['key', 'value', false]]],
    ['"key": "value", "other": \'x\'', [['key', 'value', true], ['other', 'x', true]]],
    ['export KEY=value;', [['KEY', 'value', false]]],
    ['token := "value"', [['token', 'value', true]]],
    ["'password' => 'value'", [['password', 'value', true]]],
    ['$password = "a\\"b";', [['$password', 'a\\"b', true]]],
    ['url: https://host/x?access_token=abc&b=c', [['url', 'https://host/x?access_token=abc', false], ['access_token', 'abc', false], ['b', 'c', false]]],
    ['u: https://a/?t=https://b/?v=1', [['u', 'https://a/?t=https://b/?v=1', false], ['t', 'https://b/?v=1', false]]],
  ])('reads %s', (line, expected) => {
    expect(pairs(line)).toEqual(expected);
  });

  it.each(['if (a == "b")', 'a != "b"', 'x <= 3', 'n += "s"', 'Foo::bar("x")', 'key: {', 'key: [1, 2]', '= "no key"'])('finds nothing in %s', (line) => {
    expect(pairs(line)).toEqual([]);
  });

  it('passes over values longer than the limit and unclosed quotes', () => {
    expect(findAssignments(`a = "${'x'.repeat(300)}"`, 256)).toEqual([]);
    expect(findAssignments('a = "open', 256)).toEqual([]);
  });

  it('gives the index of the value, quotes excluded', () => {
    expect(findAssignments('  secret: "abc"', 256)[0].index).toBe(11);
  });
});
