import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../src/sort.js';

describe('sortSmall', () => {
  it('orders as Array.prototype.sort does, ties kept in place, short and long arrays alike', () => {
    const item = fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.nat() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 80 }), (items) => {
        const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
        expect(sortSmall([...items], byKey)).toEqual([...items].sort(byKey));
      }),
    );
  });

  it('sorts in place and returns the array', () => {
    const array = [3, 1, 2];
    expect(sortSmall(array, (a, b) => a - b)).toBe(array);
    expect(array).toEqual([1, 2, 3]);
  });
});
