/**
 * Seeded random streams. A stream is `() => number` in [0, 1), so it plugs into d3-random's
 * `.source()`. Sub-streams are derived by hashing (seed, ...path) (DESIGN §4): a draw added in one
 * stream never shifts another, and two scenarios that differ from month t on share their past.
 */
import seedrandom from 'seedrandom';

export type Rng = () => number;

/**
 * A stream for `(seed, ...path)`, e.g. `createRng(seed, 'population', month)`.
 * @example
 * const draw = createRng(20160101, 'population', 42); draw(); // 0.56...
 */
export function createRng(seed: number, ...path: (string | number)[]): Rng {
  return seedrandom.alea([seed, ...path].join('/'));
}

/**
 * A 32-bit FNV-1a hash of a string, as an unsigned integer.
 * @example
 * hashString('baseline'); // an unsigned 32-bit integer
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Seed of run `run` of a scenario whose seed is `seed`: run 0 uses the scenario seed itself.
 * @example
 * runSeed(20160101, 0); // 20160101
 * runSeed(20160101, 3); // a hash of "20160101/run/3"
 */
export function runSeed(seed: number, run: number): number {
  return run === 0 ? seed : hashString(`${seed}/run/${run}`);
}
