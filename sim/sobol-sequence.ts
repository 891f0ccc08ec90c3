/**
 * The Sobol low-discrepancy sequence in up to 31 dimensions, with the direction numbers of Joe &
 * Kuo (2008, new-joe-kuo-6.21201), generated in Gray-code order (Antonov & Saleev). Used for the
 * Saltelli sample of Sobol sensitivity indices. Pure.
 */

/** [s (degree), a (polynomial coefficients), m_1..m_s] for dimensions 2..31. */
const JOE_KUO: readonly (readonly [number, number, readonly number[]])[] = [
  [1, 0, [1]], [2, 1, [1, 3]], [3, 1, [1, 3, 1]], [3, 2, [1, 1, 1]], [4, 1, [1, 1, 3, 3]],
  [4, 4, [1, 3, 5, 13]], [5, 2, [1, 1, 5, 5, 17]], [5, 4, [1, 1, 5, 5, 5]], [5, 7, [1, 1, 7, 11, 19]],
  [5, 11, [1, 1, 5, 1, 1]], [5, 13, [1, 1, 1, 3, 11]], [5, 14, [1, 3, 5, 5, 31]], [6, 1, [1, 3, 3, 9, 7, 49]],
  [6, 13, [1, 1, 1, 15, 21, 21]], [6, 16, [1, 3, 1, 13, 27, 49]], [6, 19, [1, 1, 1, 15, 7, 5]],
  [6, 22, [1, 3, 1, 15, 13, 25]], [6, 25, [1, 1, 5, 5, 19, 61]], [7, 1, [1, 3, 7, 11, 23, 15, 103]],
  [7, 4, [1, 3, 7, 13, 13, 15, 69]], [7, 7, [1, 1, 3, 13, 7, 35, 63]], [7, 8, [1, 3, 5, 9, 1, 25, 53]],
  [7, 14, [1, 3, 1, 13, 9, 35, 107]], [7, 19, [1, 3, 1, 5, 27, 61, 31]], [7, 21, [1, 1, 5, 11, 19, 41, 61]],
  [7, 28, [1, 3, 5, 3, 3, 13, 69]], [7, 31, [1, 1, 7, 13, 1, 19, 1]], [7, 32, [1, 3, 7, 5, 13, 19, 59]],
  [7, 37, [1, 1, 3, 9, 25, 29, 41]], [7, 41, [1, 3, 5, 13, 23, 1, 55]],
];

const BITS = 32;

/** Largest number of dimensions supported. */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO.length + 1;

/** The 32 direction numbers of dimension `d` (0-based), scaled to 32 bits. */
export function directionNumbers(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 0) {
    for (let i = 0; i < BITS; i++) v[i] = (1 << (31 - i)) >>> 0;
    return v;
  }
  const [s, a, m] = JOE_KUO[d - 1];
  for (let i = 0; i < BITS; i++) {
    if (i < s) {
      v[i] = (m[i] << (31 - i)) >>> 0;
      continue;
    }
    let value = (v[i - s] ^ (v[i - s] >>> s)) >>> 0;
    for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) value = (value ^ v[i - k]) >>> 0;
    v[i] = value;
  }
  return v;
}

/**
 * The first `n` points of the `dimensions`-dimensional Sobol sequence after skipping the first
 * `skip` (the all-zero point is index 0), each coordinate in [0, 1).
 * @example sobolPoints(4, 2) // [[0,0],[0.5,0.5],[0.75,0.25],[0.25,0.75]]
 */
export function sobolPoints(n: number, dimensions: number, skip = 0): number[][] {
  if (dimensions < 1 || dimensions > SOBOL_MAX_DIMENSIONS) {
    throw new RangeError(`Sobol sequence: 1..${SOBOL_MAX_DIMENSIONS} dimensions, asked for ${dimensions}`);
  }
  const directions = Array.from({ length: dimensions }, (_, d) => directionNumbers(d));
  const x = new Uint32Array(dimensions);
  const points: number[][] = [];
  for (let i = 0; i < skip + n; i++) {
    if (i > 0) {
      let c = 0; // index of the lowest zero bit of i - 1
      for (let j = i - 1; j & 1; j >>>= 1) c++;
      for (let d = 0; d < dimensions; d++) x[d] = (x[d] ^ directions[d][c]) >>> 0;
    }
    if (i >= skip) points.push(Array.from(x, (value) => value / 2 ** 32));
  }
  return points;
}
