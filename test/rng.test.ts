/**
 * Tests of sim/rng.ts: streams are seedrandom's Alea keyed by "seed/path", so each (seed, path)
 * has its own reproducible stream; FNV-1a against its published test vectors; run seeds.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createRng, hashString, runSeed } from '../sim/rng.js';

const draws = (rng: () => number, n = 5) => Array.from({ length: n }, rng);

describe('rng', () => {
  it('createRng(seed, ...path) is Alea seeded with "seed/path" joined by slashes', () => {
    expect(draws(createRng(20160101, 'population', 42))).toEqual(draws(seedrandom.alea('20160101/population/42')));
    expect(draws(createRng(7))).toEqual(draws(seedrandom.alea('7')));
  });

  it('createRng(seed, ...path) repeats for equal arguments and differs when any part differs', () => {
    expect(draws(createRng(1, 'a', 2))).toEqual(draws(createRng(1, 'a', 2)));
    expect(draws(createRng(1, 'a', 2))).not.toEqual(draws(createRng(1, 'a2')));
    expect(draws(createRng(1, 'a', 2))).not.toEqual(draws(createRng(2, 'a', 2)));
  });

  it('createRng(seed) draws lie in [0, 1)', () => {
    const rng = createRng(3, 'range');
    for (let i = 0; i < 1000; i++) {
      const x = rng();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('hashString(text) gives the 32-bit FNV-1a test vectors', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('runSeed(seed, 0) is the seed and runSeed(seed, r) hashes "seed/run/r"', () => {
    expect(runSeed(20160101, 0)).toBe(20160101);
    expect(runSeed(20160101, 3)).toBe(hashString('20160101/run/3'));
    expect(runSeed(20160101, 3)).not.toBe(runSeed(20160101, 4));
  });
});
