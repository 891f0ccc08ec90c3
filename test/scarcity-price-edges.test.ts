/**
 * unservedShare() (sim/scarcity-price.ts) with a negative capacity (a capacity shock below zero):
 * nothing contracted is nothing unserved, and contracted compute is then wholly unserved.
 */
import { describe, expect, it } from 'vitest';
import { unservedShare } from '../sim/scarcity-price.js';

describe('unservedShare(contracted, negative capacity)', () => {
  it('unservedShare() is 0 with nothing contracted and 1 with anything contracted when capacity is below 0', () => {
    expect(unservedShare(0, -1)).toBe(0);
    expect(unservedShare(5, -1)).toBe(1);
  });
});
