/**
 * Nelder–Mead's rules one step at a time (sim/calibration/nelder-mead.ts), on 2-d functions in the
 * unit box where each next point is computed by hand: the start simplex (step along each axis,
 * away from the nearer bound), reflection, expansion (taken or not), inside and outside
 * contraction, shrink, the penalty outside the box, NaN, the budget at each place it is checked,
 * and the convergence test at its boundary. Steps of 0.25 keep every coordinate dyadic, so the
 * points are exact. Deterministic: no false failures.
 */
import { describe, expect, it } from 'vitest';
import { nelderMead, type Evaluation, type NelderMeadOptions } from '../../sim/calibration/nelder-mead.js';

const box = { lower: [0, 0], upper: [1, 1] };

/** The points and values `nelderMead` evaluates, in order, with the result. */
async function trace(f: (x: number[]) => number, x0: number[], options: Partial<NelderMeadOptions> & { maxEvaluations: number }) {
  const seen: Evaluation[] = [];
  const result = await nelderMead(f, x0, { ...box, step: 0.25, ...options, onEvaluation: (e) => seen.push(e) });
  return { result, points: seen.map((e) => e.x), values: seen.map((e) => e.value), seen };
}

const bowl = ([x, y]: number[]) => (x - 0.5) ** 2 + (y - 0.5) ** 2;
/** `f` with the value at some exact points replaced. */
const bumped = (f: (x: number[]) => number, at: Record<string, number>) => (x: number[]) => at[x.join(',')] ?? f(x);

describe('nelderMead() start simplex', () => {
  it('nelderMead() steps `step` of the range along each axis from the start, downwards when upwards would leave the box', async () => {
    const { points } = await trace(() => 0, [0.75, 1], { maxEvaluations: 3 });
    // 0.75 + 0.25 = 1 is still in the box (<=); 1 + 0.25 is not, so the second axis steps down.
    expect(points).toEqual([[0.75, 1], [1, 1], [0.75, 0.75]]);
  });

  it('nelderMead() works in the unit cube of the bounds: the step is a share of each range', async () => {
    const seen: number[][] = [];
    await nelderMead((x) => { seen.push(x); return 0; }, [2, -10], { lower: [0, -20], upper: [4, 20], maxEvaluations: 3 });
    // default step 0.15: 0.15 x 4 = 0.6 and 0.15 x 40 = 6
    expect(seen.map((p) => p.map((v) => Number(v.toFixed(12))))).toEqual([[2, -10], [2.6, -10], [2, -4]]);
  });

  it('nelderMead() clamps a start outside the box into it', async () => {
    const { points } = await trace(() => 0, [-3, 7], { maxEvaluations: 1 });
    expect(points).toEqual([[0, 1]]);
  });

  it('nelderMead() with a budget below the simplex stops after the budget, best of what it saw', async () => {
    const { result, points } = await trace(([x, y]) => x + y, [0.5, 0.5], { maxEvaluations: 2 });
    expect(points).toEqual([[0.5, 0.5], [0.75, 0.5]]);
    expect(result).toEqual({ x: [0.5, 0.5], value: 1, evaluations: 2, stop: 'budget' });
  });
});

describe('nelderMead() rules on hand-computed simplices', () => {
  it('nelderMead() takes the reflection when it is no better than the best but better than the second worst (f = x + y)', async () => {
    // Simplex (0.5,0.5) 1, (0.75,0.5) 1.25, (0.5,0.75) 1.25; centroid of the best two (0.625,0.5);
    // reflected (0.75,0.25) = 1: equal to the best, so no expansion; below 1.25, so it is kept.
    // Next: best (0.5,0.5), (0.75,0.25), worst (0.75,0.5); centroid (0.625,0.375); reflected
    // (0.5,0.25) = 0.75 < 1: expansion to (0.375,0.125) = 0.5, kept.
    const { points, values, result } = await trace(([x, y]) => x + y, [0.5, 0.5], { maxEvaluations: 6 });
    expect(points.slice(3)).toEqual([[0.75, 0.25], [0.5, 0.25], [0.375, 0.125]]);
    expect(values.slice(3)).toEqual([1, 0.75, 0.5]);
    expect(result).toEqual({ x: [0.375, 0.125], value: 0.5, evaluations: 6, stop: 'budget' });
    // The expanded point replaced the worst: the simplex (0.375,0.125), (0.5,0.5), (0.75,0.25) has
    // centroid (0.4375,0.3125) and reflects (0.75,0.25) to (0.125,0.375). (Had the reflection
    // (0.5,0.25) been kept instead, the next reflection would be (0.25,0.5).)
    const seven = await trace(([x, y]) => x + y, [0.5, 0.5], { maxEvaluations: 7 });
    expect(seven.points[6]).toEqual([0.125, 0.375]);
  });

  it('nelderMead() keeps the reflected point when the expansion is worse', async () => {
    // f = (x-0.2)^2 + (y-0.5)^2: simplex values 0.09, 0.3025 (0.75,0.5), 0.1525 (0.5,0.75);
    // centroid (0.5,0.625); reflected (0.25,0.75) = 0.065 < 0.09; expanded (0,0.875) = 0.180625.
    const f = ([x, y]: number[]) => (x - 0.2) ** 2 + (y - 0.5) ** 2;
    const { points, values } = await trace(f, [0.5, 0.5], { maxEvaluations: 8 });
    expect(points.slice(3, 5)).toEqual([[0.25, 0.75], [0, 0.875]]);
    expect(values[3]).toBeCloseTo(0.065, 14);
    expect(values[4]).toBeCloseTo(0.180625, 14);
    // the next simplex holds the reflected point, not the expanded one: best (0.25,0.75), then
    // (0.5,0.5); centroid (0.375,0.625); the worst (0.5,0.75) reflects to (0.25,0.5).
    expect(points[5]).toEqual([0.25, 0.5]);
  });

  it('nelderMead() contracts inside, then outside, on the bowl (x-0.5)^2 + (y-0.5)^2', async () => {
    // Simplex 0, 1/16, 1/16; centroid (0.625,0.5); reflected (0.75,0.25) = 1/8, not below the
    // worst 1/16: inside contraction to (0.5625,0.625) = 0.01953125, kept. Next: centroid of
    // (0.5,0.5), (0.5625,0.625) is (0.53125,0.5625); the worst (0.75,0.5) reflects to
    // (0.3125,0.625) = 0.05078125: worse than the second, better than the worst: outside
    // contraction to (0.421875,0.59375) = 0.014892578125, kept.
    const { points, values } = await trace(bowl, [0.5, 0.5], { maxEvaluations: 7 });
    expect(points).toEqual([[0.5, 0.5], [0.75, 0.5], [0.5, 0.75], [0.75, 0.25], [0.5625, 0.625], [0.3125, 0.625], [0.421875, 0.59375]]);
    expect(values).toEqual([0, 0.0625, 0.0625, 0.125, 0.01953125, 0.05078125, 0.014892578125]);
  });

  it('nelderMead() contracts inside when the reflection is exactly as bad as the worst point', async () => {
    // the bowl's first reflection (0.75,0.25) scored 1/16, the worst's value: inside, to (0.5625,0.625);
    // an outside contraction would go to (0.6875,0.375)
    const { points } = await trace(bumped(bowl, { '0.75,0.25': 0.0625 }), [0.5, 0.5], { maxEvaluations: 5 });
    expect(points[4]).toEqual([0.5625, 0.625]);
  });

  it('nelderMead() shrinks towards the best point when the inside contraction is no better than the worst', async () => {
    const f = bumped(bowl, { '0.5625,0.625': 0.0625 }); // contracted value = the worst's value
    const { points } = await trace(f, [0.5, 0.5], { maxEvaluations: 8 });
    // each other point halfway to the best (0.5,0.5), in simplex order
    expect(points.slice(4, 7)).toEqual([[0.5625, 0.625], [0.625, 0.5], [0.5, 0.625]]);
  });

  it('nelderMead() shrinks when the outside contraction is no better than the reflection, even if better than the worst', async () => {
    // as on the bowl, but the outside contraction (0.421875,0.59375) scores 0.06: above the
    // reflection's 0.05078125, below the worst's 0.0625
    const f = bumped(bowl, { '0.421875,0.59375': 0.06 });
    const { points } = await trace(f, [0.5, 0.5], { maxEvaluations: 9 });
    // simplex (0.5,0.5), (0.5625,0.625), (0.75,0.5): the other two halve towards (0.5,0.5)
    expect(points.slice(7)).toEqual([[0.53125, 0.5625], [0.625, 0.5]]);
  });

  it('nelderMead() evaluates a point outside the box at its projection, plus 1000 x the squared distance', async () => {
    // f = -x from (0.875,0.5): the x step goes down to 0.625; the worst (0.625,0.5) reflects
    // through (0.875,0.625) to (1.125,0.75), evaluated at (1,0.75): -1 + 1000 x 0.125^2 = 14.625.
    const { seen } = await trace(([x]) => -x, [0.875, 0.5], { maxEvaluations: 4 });
    expect(seen[1].x).toEqual([0.625, 0.5]);
    expect(seen[3].x).toEqual([1, 0.75]);
    expect(seen[3].value).toBe(14.625);
    expect(seen[3].best).toEqual({ x: [0.875, 0.5], value: -0.875 });
  });

  it('nelderMead() scores NaN as +Infinity and reports the evaluation index from 0', async () => {
    const { seen, result } = await trace(([x]) => (x > 0.6 ? NaN : x), [0.5, 0.5], { maxEvaluations: 3 });
    expect(seen.map((e) => [e.index, e.value])).toEqual([[0, 0.5], [1, Infinity], [2, 0.5]]);
    expect(result.x).toEqual([0.5, 0.5]);
  });
});

describe('nelderMead() budget and convergence', () => {
  it('nelderMead() stops before an expansion or a contraction the budget has no room for', async () => {
    expect((await trace(([x, y]) => x + y, [0.5, 0.5], { maxEvaluations: 5 })).result.evaluations).toBe(5);
    expect((await trace(bowl, [0.5, 0.5], { maxEvaluations: 4 })).result).toEqual({ x: [0.5, 0.5], value: 0, evaluations: 4, stop: 'budget' });
  });

  it('nelderMead() stops a shrink when the budget runs out in it', async () => {
    const f = bumped(bowl, { '0.5625,0.625': 0.0625 });
    const { result, points } = await trace(f, [0.5, 0.5], { maxEvaluations: 6 });
    expect(result.evaluations).toBe(6);
    expect(points.at(-1)).toEqual([0.625, 0.5]);
  });

  it('nelderMead() converges when the simplex is exactly xTolerance wide and its values within fTolerance', async () => {
    // A flat f: every reflection and contraction ties, so every iteration shrinks (4 evaluations)
    // and the simplex edge halves: 0.25, 0.125, 0.0625. The first tie is kept as the best.
    const { result } = await trace(() => 0, [0.5, 0.5], { maxEvaluations: 100, xTolerance: 0.0625 });
    expect(result).toEqual({ x: [0.5, 0.5], value: 0, evaluations: 11, stop: 'converged' });
    const narrower = await trace(() => 0, [0.5, 0.5], { maxEvaluations: 100, xTolerance: 0.0624 });
    expect(narrower.result.evaluations).toBe(15);
  });

  it('nelderMead() does not converge while the values differ by more than fTolerance', async () => {
    const { result } = await trace(([x]) => x, [0.5, 0.5], { maxEvaluations: 40, xTolerance: 1, fTolerance: 0.2 });
    // spread of the start simplex: 0.75 - 0.5 = 0.25 > 0.2, so it reflects at least once
    expect(result.evaluations).toBeGreaterThan(3);
    const loose = await trace(([x]) => x, [0.5, 0.5], { maxEvaluations: 40, xTolerance: 1, fTolerance: 0.25 });
    expect(loose.result).toEqual({ x: [0.5, 0.5], value: 0.5, evaluations: 3, stop: 'converged' });
  });

  it('nelderMead() by default stops when the simplex is within 1e-6 of the best point (the flat f: 18 halvings of 0.15)', async () => {
    const result = await nelderMead(() => 0, [0.5, 0.5], { ...box, maxEvaluations: 1000 });
    expect(result).toEqual({ x: [0.5, 0.5], value: 0, evaluations: 3 + 18 * 4, stop: 'converged' });
  });

  it('nelderMead() measures the simplex by its point farthest from the best, along its farthest coordinate', async () => {
    // On the bowl after the inside contraction the simplex is (0.5,0.5), (0.5625,0.625) at 0.125 and
    // (0.75,0.5) at 0.25 from the best: not within 0.2; after the outside contraction the farthest
    // is 0.125 away: converged after 7 evaluations.
    const { result } = await trace(bowl, [0.5, 0.5], { maxEvaluations: 100, fTolerance: 1, xTolerance: 0.2 });
    expect(result).toEqual({ x: [0.5, 0.5], value: 0, evaluations: 7, stop: 'converged' });
  });
});

describe('nelderMead() argument checks', () => {
  it('nelderMead() rejects an empty start, and bounds of the wrong length on either side', async () => {
    await expect(nelderMead(() => 0, [], { lower: [], upper: [], maxEvaluations: 5 })).rejects.toThrow('nelderMead: x0, lower and upper need the same, non-zero length');
    await expect(nelderMead(() => 0, [1], { lower: [0, 0], upper: [2], maxEvaluations: 5 })).rejects.toThrow(/same, non-zero length/);
    await expect(nelderMead(() => 0, [1], { lower: [0], upper: [2, 2], maxEvaluations: 5 })).rejects.toThrow(/same, non-zero length/);
  });

  it('nelderMead() rejects a box with any one lower bound not below its upper bound', async () => {
    await expect(nelderMead(() => 0, [0.5, 1], { lower: [0, 1], upper: [1, 1], maxEvaluations: 5 })).rejects.toThrow('nelderMead: every lower bound must be below its upper bound');
  });
});
