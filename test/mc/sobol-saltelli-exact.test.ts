/**
 * The Sobol sequence against published points and the Saltelli estimators on hand-computed
 * inputs: sobolPoints() equals scipy.stats.qmc.Sobol(d=31, scramble=False) (the same Joe–Kuo
 * new-joe-kuo-6.21201 directions, Gray-code order) at points whose Gray codes use every one of the
 * first 10 direction numbers; the Saltelli sample's block order; first-order (Saltelli 2010) and
 * total (Jansen 1999) indices worked by hand on two- and three-row samples; sensitivity.csv's
 * header and Sobol rows. All exact and deterministic (false-failure rate 0).
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../sim/rng.js';
import { saltelliIndices, saltelliPoints } from '../../sim/saltelli.js';
import { analyseSensitivity, designUnitPoints } from '../../sim/sensitivity-analysis.js';
import { directionNumbers, SOBOL_MAX_DIMENSIONS, sobolPoints } from '../../sim/sobol-sequence.js';

// scipy 1.17.1: Sobol(d=31, scramble=False).random(1024)[i] * 1024, for i = 683, 777, 1023.
const SCIPY: Record<number, number[]> = {
  683: [511, 773, 237, 963, 409, 775, 241, 815, 223, 157, 845, 787, 751, 475, 165, 241, 971, 923, 749, 941, 45, 541, 71, 1011, 535, 647, 571, 477, 211, 871, 937],
  777: [709, 959, 167, 281, 651, 365, 195, 781, 357, 331, 763, 713, 393, 485, 583, 527, 413, 885, 379, 771, 243, 279, 969, 493, 353, 149, 61, 799, 65, 113, 555],
  1023: [1, 771, 627, 149, 191, 449, 143, 633, 353, 871, 695, 37, 133, 681, 371, 475, 321, 897, 599, 327, 887, 19, 813, 201, 245, 385, 521, 779, 861, 445, 951],
};

describe('sobolPoints(n, dimensions, skip)', () => {
  it('sobolPoints(1024, 31) equals scipy\'s unscrambled Sobol points 683, 777 and 1023 in all 31 dimensions', () => {
    const points = sobolPoints(1024, 31);
    for (const [i, row] of Object.entries(SCIPY)) expect(points[Number(i)].map((x) => x * 1024), `point ${i}`).toEqual(row);
  });

  it('sobolPoints() skips the first `skip` points of the sequence', () => {
    expect(sobolPoints(3, 1, 3)).toEqual([[0.25], [0.375], [0.875]]);
    expect(sobolPoints(2, 2, 1)).toEqual([[0.5, 0.5], [0.75, 0.25]]);
    expect(sobolPoints(0, 2)).toEqual([]);
  });

  it('sobolPoints() takes 1 to 31 dimensions and names the number asked for otherwise', () => {
    expect(SOBOL_MAX_DIMENSIONS).toBe(31);
    expect(sobolPoints(1, 31)[0]).toHaveLength(31);
    expect(sobolPoints(2, 1)).toEqual([[0], [0.5]]);
    expect(() => sobolPoints(1, 0)).toThrow(new RangeError('Sobol sequence: 1..31 dimensions, asked for 0'));
    expect(() => sobolPoints(1, 32)).toThrow(new RangeError('Sobol sequence: 1..31 dimensions, asked for 32'));
  });

  it('directionNumbers() of dimension 0 are the powers 2^(31−i); of dimension 2 (s = 2, a = 1, m = 1, 3) follow m_i = 2m_{i−1} ⊕ 4m_{i−2} ⊕ m_{i−2}', () => {
    expect(Array.from(directionNumbers(0))).toEqual(Array.from({ length: 32 }, (_, i) => 2 ** (31 - i)));
    const m = [1, 3];
    for (let i = 2; i < 32; i++) m.push(((2 * m[i - 1]) ^ (4 * m[i - 2]) ^ m[i - 2]) >>> 0);
    expect(m.slice(0, 6)).toEqual([1, 3, 3, 9, 29, 23]);
    // v_i = m_i · 2^(31−i), as unsigned 32-bit integers.
    expect(Array.from(directionNumbers(2))).toEqual(m.map((mi, i) => (mi * 2 ** (31 - i)) % 2 ** 32));
  });
});

describe('saltelliPoints(k, n)', () => {
  it('saltelliPoints() writes per base row A, then A with column i from B for each i, then B', () => {
    // Base rows: Sobol points 1 and 2 in 6 dimensions, (.5, .5, .5, .5, .5, .5) and (.75, .25, .25, .25, .75, .75).
    expect(saltelliPoints(3, 2)).toEqual([
      [0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25], [0.25, 0.25, 0.25], [0.75, 0.75, 0.25], [0.75, 0.25, 0.75], [0.25, 0.75, 0.75],
    ]);
  });
});

describe('saltelliIndices(y, k, resamples, rng) by hand', () => {
  it('saltelliIndices() gives S_i = mean(f_B (f_ABi − f_A)) / V and ST_i = mean((f_A − f_ABi)²) / (2V), V the unbiased variance of f_A and f_B', () => {
    // Rows (A, AB1, AB2, B): (1, 2, 4, 3) and (5, 4, 9, 7). V = var{1, 3, 5, 7} = 20/3.
    const [one, two] = saltelliIndices([1, 2, 4, 3, 5, 4, 9, 7], 2, 20, createRng(1, 'bootstrap'));
    expect(one.first).toBeCloseTo(((3 * (2 - 1) + 7 * (4 - 5)) / 2) / (20 / 3), 14); // −0.3
    expect(one.total).toBeCloseTo(((1 + 1) / 4) / (20 / 3), 14); // 0.075
    expect(two.first).toBeCloseTo(((3 * (4 - 1) + 7 * (9 - 5)) / 2) / (20 / 3), 14); // 2.775
    expect(two.total).toBeCloseTo(((9 + 16) / 4) / (20 / 3), 14); // 0.9375
  });

  it('saltelliIndices() intervals are the bootstrap\'s, first-order and total per parameter: identical rows give every resample the point estimate', () => {
    // Three identical rows (1, 2, 4, 3): V = var{1, 3, 1, 3, 1, 3} = 6/5.
    const [one, two] = saltelliIndices([1, 2, 4, 3, 1, 2, 4, 3, 1, 2, 4, 3], 2, 30, createRng(2, 'bootstrap'));
    const expected = (first: number, total: number) => ({ first, firstLow: first, firstHigh: first, total, totalLow: total, totalHigh: total });
    const close = (ix: typeof one) => Object.fromEntries(Object.entries(ix).map(([key, value]) => [key, +value.toFixed(12)]));
    expect(close(one)).toEqual(expected(2.5, 0.416666666667));
    expect(close(two)).toEqual(expected(7.5, 3.75));
  });

  it('saltelliIndices() needs at least two whole blocks of k + 2 outputs', () => {
    expect(() => saltelliIndices([1, 2, 3], 1, 10, createRng(1))).toThrow(new RangeError('Saltelli outputs: expected a multiple of 3 (>= 2 blocks), got 3'));
    expect(() => saltelliIndices([1, 2, 3, 4], 1, 10, createRng(1))).toThrow(new RangeError('Saltelli outputs: expected a multiple of 3 (>= 2 blocks), got 4'));
    expect(saltelliIndices([1, 2, 3, 5, 4, 7], 1, 10, createRng(1))[0].first).toBeCloseTo(-0.3, 14);
  });
});

describe('analyseSensitivity(sobol)', () => {
  it('sensitivity.csv has the header method,metric,parameter,mu_star,mu,sigma,first,first_low,first_high,total,total_low,total_high,points', () => {
    const design = { method: 'morris' as const, k: 1, samples: 2, levels: 4, seed: 1, bootstrap: 10 };
    const { unit } = designUnitPoints(design);
    const { csv } = analyseSensitivity(design, ['a'], ['m'], unit.map((u, point) => ({ point, m: u[0] })));
    expect(csv.split('\n')[0]).toBe('method,metric,parameter,mu_star,mu,sigma,first,first_low,first_high,total,total_low,total_high,points');
  });

  it('analyseSensitivity(sobol) writes each parameter\'s Saltelli indices, bootstrapped on the stream (seed, \'bootstrap\', metric), and draws total with first inside', () => {
    const design = { method: 'sobol' as const, k: 2, samples: 8, levels: 4, seed: 3, bootstrap: 40 };
    const { unit } = designUnitPoints(design);
    const y = unit.map((u) => u[0] + 2 * u[1] * u[0]);
    const result = analyseSensitivity(design, ['a', 'b'], ['m'], unit.map((u, point) => ({ point, m: y[point] })));
    const indices = saltelliIndices(y, 2, 40, createRng(3, 'bootstrap', 'm'));
    const six = (x: number) => String(Number(x.toPrecision(6)));
    expect(result.csv.split('\n').slice(1, 3)).toEqual(['a', 'b'].map((p, i) => {
      const ix = indices[i];
      return ['sobol', 'm', p, '', '', '', ...[ix.first, ix.firstLow, ix.firstHigh, ix.total, ix.totalLow, ix.totalHigh].map(six), '32'].join(',');
    }));
    expect(result.panels).toEqual([{ metric: 'm', bars: indices.map((ix, i) => ({ parameter: ['a', 'b'][i], value: ix.total, inner: ix.first, low: ix.totalLow, high: ix.totalHigh })) }]);
  });
});
