import { codeArrayOf } from '../../src/core/database/sql';

describe('codeArrayOf', () => {
  it('reads an array of codes in both forms the driver hands over', () => {
    // text[] arrives parsed; an array of an enum type arrives as its literal.
    expect(codeArrayOf(['MORNING', 'EVENING'])).toEqual(['MORNING', 'EVENING']);
    expect(codeArrayOf('{MORNING,EVENING}')).toEqual(['MORNING', 'EVENING']);
    expect(codeArrayOf('{AE_25_2}')).toEqual(['AE_25_2']);
    expect(codeArrayOf('{}')).toEqual([]);
    expect(codeArrayOf(null)).toEqual([]);
  });
});
