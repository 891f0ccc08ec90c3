/**
 * The limit: uniform draws per second of seedrandom's generators in this process. `alea` (what
 * sim/rng.ts uses) against seedrandom's default ARC4, and Math.random for scale (never used in sim/).
 */
import seedrandom from 'seedrandom';
import { createRng, type Rng } from '../sim/rng.js';
import { time } from './setup.js';

function drawsPerSecond(rng: Rng, n: number): number {
  let sink = 0;
  for (let i = 0; i < 1e5; i++) sink += rng();
  const seconds = time(() => { for (let i = 0; i < n; i++) sink += rng(); });
  if (sink < 0) console.log(sink);
  return n / seconds;
}

/** Draws per second of alea (the engine's), ARC4 and Math.random. */
export function generatorRates(): { alea: number; arc4: number; mathRandom: number } {
  return {
    alea: drawsPerSecond(createRng(1, 'bench'), 2e7),
    arc4: drawsPerSecond(seedrandom('1/bench'), 5e6),
    mathRandom: drawsPerSecond(Math.random, 2e7),
  };
}
