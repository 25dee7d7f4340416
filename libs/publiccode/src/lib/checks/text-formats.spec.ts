import { isDate, isEmail } from './text-formats';

describe('dates and e-mail addresses', () => {
  it.each([
    ['2017-04-15', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2017-13-01', false],
    ['2017-04-31', false],
    ['2011-01-01 20:04:05', false],
    ['2017-4-15', false],
    ['foobar', false],
    ['', false],
  ])('date %p: %p', (value, valid) => {
    expect(isDate(value)).toBe(valid);
  });

  it.each([
    ['francesco.rossi@example.org', true],
    ['a+tag@sub.example.co.uk', true],
    ['"quoted name"@example.org', true],
    ['jürgen@bürgeramt.de', true],
    ['no-at-sign.example.org', false],
    ['two@@example.org', false],
    ['user@localhost', false],
    ['.dot@example.org', false],
    ['user@-example.org', false],
    ['', false],
  ])('e-mail %p: %p', (value, valid) => {
    expect(isEmail(value)).toBe(valid);
  });
});
