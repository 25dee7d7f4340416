import { parseDocument } from 'yaml';
import { countYamlWork } from './yaml-work';

describe('countYamlWork', () => {
  it('counts the tokens a parser reads and the aliases resolved into plain data', () => {
    const work = countYamlWork(() => parseDocument('a: &a [1, 2]\nb: *a\nc: *a\n').toJS());
    expect(work.result).toEqual({ a: [1, 2], b: [1, 2], c: [1, 2] });
    expect(work.tokens).toBeGreaterThan(10);
    expect(work.aliasesResolved).toBeGreaterThanOrEqual(2);
  });

  it('counts nothing once the work is done', () => {
    countYamlWork(() => parseDocument('a: 1\n'));
    expect(countYamlWork(() => 42)).toEqual({ result: 42, tokens: 0, aliasesResolved: 0 });
  });
});
